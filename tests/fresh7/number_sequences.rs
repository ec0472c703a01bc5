use std::collections::VecDeque;
use std::iter;

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn fib_generator() -> Box<dyn FnMut() -> u64> {
    let (mut a, mut b) = (0u64, 1u64);
    Box::new(move || {
        let out = a;
        std::mem::swap(&mut a, &mut b);
        b += a;
        out
    })
}

fn counter(step: u32) -> Box<dyn FnMut() -> u32> {
    let mut n = 0;
    Box::new(move || {
        n += step;
        n
    })
}

fn collatz(start: u64) -> impl Iterator<Item = u64> {
    iter::successors(Some(start), |&n| match n {
        1 => None,
        n if n % 2 == 0 => Some(n / 2),
        n => Some(3 * n + 1),
    })
}

fn josephus(n: usize, k: usize) -> (Vec<usize>, usize) {
    let mut circle: VecDeque<usize> = (1..=n).collect();
    let mut out = Vec::new();
    while circle.len() > 1 {
        circle.rotate_left((k - 1) % circle.len());
        out.push(circle.pop_front().unwrap());
    }
    (out, circle[0])
}

fn main() {
    let add5 = make_adder(5);
    let times3_plus5 = compose(|x: i32| x * 3, make_adder(5));
    let to_text = compose(add5, |x: i32| format!("<{}>", x));
    println!("add5(10)={} times3_plus5(7)={} to_text(1)={}", make_adder(5)(10), times3_plus5(7), to_text(1));
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|n| Box::new(make_adder(n * 10)) as Box<dyn Fn(i32) -> i32>).collect();
    println!("adders applied to 1: {:?}", adders.iter().map(|f| f(1)).collect::<Vec<_>>());

    let mut fib = fib_generator();
    let first: Vec<u64> = iter::repeat_with(&mut fib).take(12).collect();
    println!("fib: {:?}, next={}", first, fib());
    let mut by_seven = counter(7);
    let mut by_one = counter(1);
    let pairs: Vec<(u32, u32)> = iter::from_fn(|| Some((by_one(), by_seven()))).take_while(|&(_, s)| s < 40).collect();
    println!("counter pairs: {:?}", pairs);

    let big_fibs: Vec<u128> = iter::successors(Some((0u128, 1u128)), |&(a, b)| b.checked_add(a).map(|c| (b, c))).map(|(a, _)| a).collect();
    let last = *big_fibs.last().unwrap();
    println!("fib values fitting u128: {}, largest = {}", big_fibs.len(), last);
    println!("  hex {:#x}, bits {}, ones {}", last, 128 - last.leading_zeros(), last.count_ones());

    for start in [1u64, 6, 27, 97] {
        let seq: Vec<u64> = collatz(start).collect();
        let peak = seq.iter().max().unwrap();
        println!("collatz({:>2}): {:>3} steps, peak {:>5}, head {:?}", start, seq.len() - 1, peak, &seq[..seq.len().min(6)]);
    }
    let longest = (1..1000u64).map(|s| (collatz(s).count(), s)).max().unwrap();
    println!("longest chain under 1000: start {} with {} terms", longest.1, longest.0);

    let (order, survivor) = josephus(7, 3);
    println!("josephus(7,3): eliminated {:?}, survivor {}", order, survivor);
    let mut ring: VecDeque<char> = "rustacean".chars().collect();
    ring.rotate_right(3);
    ring.push_front('>');
    let slice = ring.make_contiguous();
    slice.sort_unstable();
    println!("sorted ring: {:?}", slice.iter().collect::<String>());

    let x: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728;
    println!("i128 min {} checked_neg {:?} wrapping_neg {} saturating_sub {}", x, x.checked_neg(), x.wrapping_neg(), x.saturating_sub(1));
    let (v, overflowed) = 250u8.overflowing_add(10);
    println!("250u8 + 10: overflowing=({}, {}) wrapping={} saturating={} checked={:?}", v, overflowed, 250u8.wrapping_add(10), 250u8.saturating_add(10), 250u8.checked_add(10));
    println!("2^100 = {}, 3^80 = {}", 2u128.pow(100), 3u128.pow(80));
    println!("isqrt(10^30) = {}", 1_000_000_000_000_000_000_000_000_000_000u128.isqrt());
    let mixed: Vec<u32> = iter::empty().chain(iter::once(4)).chain(iter::repeat(9).take(2)).collect();
    println!("empty+once+repeat: {:?}", mixed);

    let bytes: Vec<u8> = first.iter().copied().chain(iter::once(fib())).map(|f| (f % 256) as u8).collect();
    println!("checksum bytes: {:?}", bytes);
    let wrapping = bytes.iter().fold(0u8, |acc, &b| acc.wrapping_add(b));
    println!("wrapping checksum: {}", wrapping);
    let strict = bytes.iter().fold(0u8, |acc, &b| acc + b);
    println!("strict checksum: {}", strict);
}
