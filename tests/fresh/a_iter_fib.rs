// Fibonacci with std::iter::successors and from_fn; checked arithmetic ends the sequence at overflow.
use std::iter;

fn fib_u32() -> impl Iterator<Item = u32> {
    iter::successors(Some((0u32, 1u32)), |&(a, b)| b.checked_add(a).map(|c| (b, c))).map(|(a, _)| a)
}

fn fib_state() -> impl FnMut() -> Option<u64> {
    let (mut a, mut b) = (0u64, 1u64);
    move || {
        let out = a;
        let next = a.checked_add(b)?;
        a = b;
        b = next;
        Some(out)
    }
}

fn digits_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn main() {
    let all: Vec<u32> = fib_u32().collect();
    println!("{} fibonacci numbers fit in u32; last = {}", all.len(), all.last().unwrap());
    println!("first 15: {:?}", &all[..15]);
    let even_sum: u32 = fib_u32().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("sum of even terms below 4M: {}", even_sum);

    let mut next = fib_state();
    let big: Vec<u64> = iter::from_fn(|| next()).collect();
    println!("u64 terms: {}, last = {}", big.len(), big[big.len() - 1]);
    let ratio = big[big.len() - 1] as f64 / big[big.len() - 2] as f64;
    println!("ratio = {:.12} (phi = {:.12})", ratio, (1.0 + 5f64.sqrt()) / 2.0);

    let first_with_10_digits = big.iter().position(|&x| x.to_string().len() >= 10);
    println!("first index with 10 digits: {:?}", first_with_10_digits);
    let ds: Vec<u64> = big.iter().skip(10).step_by(10).map(|&x| digits_sum(x)).collect();
    println!("digit sums of every 10th: {:?}", ds);

    let squares_overflow = (1u32..).map(|n| n.checked_pow(2)).position(|r| r.is_none());
    println!("first n where n^2 overflows u32: {:?}", squares_overflow.map(|p| p + 1));
    let checks = [u8::MAX.checked_add(1), 200u8.checked_sub(201), 16u8.checked_mul(16), 250u8.checked_div(0)];
    println!("checked u8 ops: {:?}", checks);
    println!("saturating: {} {} {}", 250u8.saturating_add(10), 5u8.saturating_sub(10), i32::MIN.saturating_sub(1));
    println!("wrapping: {} {}", 250u8.wrapping_add(10), 0u16.wrapping_sub(1));
    let (v, o) = 200u8.overflowing_mul(2);
    println!("overflowing_mul: {} {}", v, o);
}
