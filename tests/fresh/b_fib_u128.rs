fn fib_checked(n: u32) -> Option<u128> {
    let (mut a, mut b): (u128, u128) = (0, 1);
    for _ in 0..n {
        let next = a.checked_add(b)?;
        a = b;
        b = next;
    }
    Some(a)
}

fn first_overflow<F: Fn(u64, u64) -> Option<u64>>(add: F) -> u32 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    loop {
        match add(a, b) {
            Some(n) => {
                a = b;
                b = n;
                i += 1;
            }
            None => return i + 1,
        }
    }
}

fn digits_sum(mut n: u128) -> u32 {
    let mut s = 0;
    while n > 0 {
        s += (n % 10) as u32;
        n /= 10;
    }
    s
}

fn main() {
    for n in [0, 1, 2, 10, 50, 93, 94, 150, 185, 186, 187] {
        match fib_checked(n) {
            Some(v) => println!("F({:>3}) = {:>40} ({} digits, digit sum {})", n, v, v.to_string().len(), digits_sum(v)),
            None => println!("F({:>3}) overflows u128", n),
        }
    }
    println!("first index whose value overflows u64: {}", first_overflow(u64::checked_add));
    let wrapped = (0..100).fold((0u64, 1u64), |(a, b), _| (b, a.wrapping_add(b))).0;
    println!("F(100) mod 2^64 = {}", wrapped);
    let exact = fib_checked(100).unwrap();
    println!("matches exact mod: {}", exact % (1u128 << 64) == wrapped as u128);
    let sat = (0..100).fold((0u32, 1u32), |(a, b), _| (b, a.saturating_add(b))).0;
    println!("saturating u32: {}", sat);
    let (v, overflowed) = u128::MAX.overflowing_add(1);
    println!("u128::MAX + 1 = {} overflowed={}", v, overflowed);
    println!("u128::MAX = {:#x}", u128::MAX);
    let even_sum: u128 = (0..150).filter_map(|n| fib_checked(n)).filter(|f| f % 2 == 0).sum();
    println!("sum of even F(n), n<150: {}", even_sum);
    println!("ratio F(60)/F(59) = {:.15}", fib_checked(60).unwrap() as f64 / fib_checked(59).unwrap() as f64);
}
