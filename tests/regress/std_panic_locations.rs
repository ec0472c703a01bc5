// Panics that std raises in its own code are reported at std's source line (as the rustc binary prints
// them), panics of #[track_caller] functions at the caller's line: a hook prints each location and message.
use std::collections::VecDeque;
use std::hint::black_box;
use std::panic;
use std::time::Duration;

fn attempt(what: &str, f: impl FnOnce() + panic::UnwindSafe) {
    print!("{what}: ");
    if panic::catch_unwind(f).is_ok() {
        println!("no panic");
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<String>().cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        println!("{} | {}", info.location().unwrap(), msg);
    }));
    attempt("pow", || { black_box(3i32).pow(black_box(40)); });
    attempt("u8 pow", || { black_box(3u8).pow(black_box(9)); });
    attempt("abs", || { black_box(i64::MIN).abs(); });
    attempt("next_power_of_two", || { black_box(u32::MAX).next_power_of_two(); });
    attempt("next_multiple_of", || { black_box(7u64).next_multiple_of(black_box(0)); });
    attempt("ilog base", || { black_box(8u32).ilog(black_box(1)); });
    attempt("sum", || { [black_box(i32::MAX), 1].iter().sum::<i32>(); });
    attempt("product", || { vec![black_box(200u8), 2].into_iter().product::<u8>(); });
    attempt("step_by", || { (0..5).step_by(black_box(0)).count(); });
    attempt("from_digit", || { char::from_digit(1, black_box(40)); });
    println!("from_digit radix 1: {:?}", char::from_digit(0, black_box(1)));
    attempt("capacity", || { Vec::<u64>::with_capacity(black_box(usize::MAX / 4)); });
    attempt("repeat", || { "ab".repeat(black_box(usize::MAX)); });
    attempt("swap_remove", || { vec![1, 2].swap_remove(black_box(5)); });
    attempt("rotate_left", || { [1, 2, 3].rotate_left(black_box(4)); });
    attempt("drain", || { vec![1, 2, 3].drain(black_box(2)..1); });
    attempt("drain end", || { vec![1, 2, 3].drain(..=black_box(3)); });
    attempt("index 4..5", || { let v = [1, 2, 3]; println!("{:?}", &v[black_box(4)..5]); });
    attempt("clamp char", || { black_box('c').clamp('x', 'a'); });
    attempt("index ..=", || { let v = [1, 2, 3]; println!("{:?}", &v[..=black_box(3)]); });
    attempt("deque swap", || { VecDeque::from(vec![1, 2]).swap(0, black_box(2)); });
    attempt("clamp i32", || { black_box(5).clamp(7, 3); });
    attempt("clamp bool", || { black_box(true).clamp(true, false); });
    attempt("clamp f64", || { black_box(5.0f64).clamp(7.0, 3.0); });
    attempt("duration sub", || { let _ = Duration::from_secs(1) - Duration::from_secs(black_box(2)); });
    attempt("duration secs_f64", || { Duration::from_secs_f64(black_box(-1.0)); });
    attempt("duration sum", || { [Duration::MAX, Duration::from_secs(1)].iter().sum::<Duration>(); });
    attempt("Option::unwrap", || { black_box(None::<i32>).unwrap(); });
    attempt("index", || { let v = vec![1]; println!("{}", v[black_box(3)]); });
}
