// A closure is a struct of its captures. size_of_val shows what each one holds.
use std::any::type_name_of_val;
use std::mem::{align_of_val, size_of, size_of_val};

struct Settings {
    scale: f64,
    name: String,
    flags: [u8; 3],
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_boxed(n: u8) -> Box<dyn Fn(u8) -> u8> {
    Box::new(move |x| x.wrapping_mul(n))
}

fn plain(x: i32) -> i32 {
    x * 3
}

fn main() {
    let no_capture = |x: i32| x + 1;
    println!("no captures: size {} align {}", size_of_val(&no_capture), align_of_val(&no_capture));

    let a = 10i32;
    let b = 20u8;
    let by_ref = |x: i32| x + a + b as i32;
    println!("two by-reference captures: size {}", size_of_val(&by_ref));

    let by_move = move |x: i32| x + a + b as i32;
    println!("move of i32 + u8: size {} align {}", size_of_val(&by_move), align_of_val(&by_move));

    let big = [7u64; 8];
    let borrow_big = || big.len();
    let move_big = move || big.len();
    println!("array of 64 bytes: borrowed {} moved {}", size_of_val(&borrow_big), size_of_val(&move_big));

    let s = String::from("captured");
    let borrow_s = || s.len();
    println!("String borrowed: {} -> {}", size_of_val(&borrow_s), borrow_s());
    let own_s = move || s.len();
    println!("String moved in: {}", size_of_val(&own_s));

    let settings = Settings { scale: 2.5, name: "cfg".to_string(), flags: [1, 2, 3] };
    let uses_scale = |x: f64| x * settings.scale;
    println!("uses only settings.scale (disjoint capture by ref): {}", size_of_val(&uses_scale));
    let uses_two = || settings.scale + settings.flags[0] as f64;
    println!("uses scale and flags by ref: {}", size_of_val(&uses_two));
    let moves_flags = move || settings.flags.iter().map(|&f| f as u32).sum::<u32>();
    println!("move closure using only flags: {}", size_of_val(&moves_flags));
    println!("  settings.name still usable: {}", settings.name);
    println!("  results {} {} {}", uses_scale(2.0), uses_two(), moves_flags());

    let mut counter = 0u16;
    let mut inc = || counter += 1;
    println!("FnMut capturing &mut u16: {}", size_of_val(&inc));
    inc();
    inc();
    println!("  counter = {counter}");

    let adder = make_adder(5);
    println!("impl Fn from make_adder: size {} value {}", size_of_val(&adder), adder(1));
    let boxed = make_boxed(3);
    println!("Box<dyn Fn>: size {}, closure inside {}", size_of_val(&boxed), size_of_val(&*boxed));
    let fn_item = plain;
    let fn_ptr: fn(i32) -> i32 = plain;
    println!("fn item size {}, fn pointer size {}", size_of_val(&fn_item), size_of_val(&fn_ptr));
    let coerced: fn(i32) -> i32 = no_capture;
    println!("non-capturing closure coerced to fn pointer: {}", coerced(41));
    println!("apply: {} {} {}", apply(no_capture, 1), apply(&adder, 1), apply(plain, 1));
    println!("&dyn Fn size {}", size_of::<&dyn Fn(i32) -> i32>());

    println!("type names:");
    println!("  {}", type_name_of_val(&plain));
    println!("  {}", type_name_of_val(&fn_ptr));
    println!("  {}", type_name_of_val(&no_capture));
    println!("  {}", type_name_of_val(&boxed));

    let tuple = (1u8, 2u64, String::from("t"));
    let uses_t0 = move || tuple.0 as u64 * 2;
    println!("move closure using tuple.0 only: {}", size_of_val(&uses_t0));
    println!("  tuple.2 still here: {}", tuple.2);
    let nested = || {
        let inner = || a * 2;
        size_of_val(&inner)
    };
    println!("nested closure: outer {} inner {}", size_of_val(&nested), nested());
    let refs = [&a, &a, &a];
    let via_refs = move || *refs[0] + *refs[2];
    println!("array of 3 refs moved: {} -> {}", size_of_val(&via_refs), via_refs());
    println!("by_ref {} by_move {} borrow_big {} move_big {} own_s {}",
        by_ref(0), by_move(0), borrow_big(), move_big(), own_s());
}
