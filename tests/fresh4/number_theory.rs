// Prime sieve, factorization and gcd/lcm generic over a custom integer trait.
use std::fmt::Debug;
use std::ops::{Div, Mul, Rem};

trait Integer: Copy + PartialEq + PartialOrd + Debug + Rem<Output = Self> + Mul<Output = Self> + Div<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    fn abs_val(self) -> Self;
}

impl Integer for i32 {
    const ZERO: Self = 0;
    const ONE: Self = 1;
    fn abs_val(self) -> Self {
        self.abs()
    }
}

impl Integer for u64 {
    const ZERO: Self = 0;
    const ONE: Self = 1;
    fn abs_val(self) -> Self {
        self
    }
}

impl Integer for i128 {
    const ZERO: Self = 0;
    const ONE: Self = 1;
    fn abs_val(self) -> Self {
        self.abs()
    }
}

fn gcd<T: Integer>(a: T, b: T) -> T {
    let (mut a, mut b) = (a.abs_val(), b.abs_val());
    while b != T::ZERO {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn lcm<T: Integer>(a: T, b: T) -> T {
    if a == T::ZERO || b == T::ZERO {
        return T::ZERO;
    }
    (a / gcd(a, b) * b).abs_val()
}

fn lcm_all<T: Integer>(xs: &[T]) -> T {
    xs.iter().fold(T::ONE, |acc, &x| lcm(acc, x))
}

fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            for j in (i * i..=limit).step_by(i) {
                is_prime[j] = false;
            }
        }
        i += 1;
    }
    is_prime.iter().enumerate().filter(|(_, p)| **p).map(|(n, _)| n).collect()
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut out = Vec::new();
    let mut d = 2;
    while d * d <= n {
        let mut e = 0;
        while n % d == 0 {
            n /= d;
            e += 1;
        }
        if e > 0 {
            out.push((d, e));
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn main() {
    let primes = sieve(100);
    println!("{} primes below 100: {:?}", primes.len(), primes);
    let twins: Vec<(usize, usize)> = primes.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin primes: {:?}", &twins[..5]);
    println!("10001st-ish: {}", sieve(120_000)[10_000]);
    println!("gcd(48, -18) = {}", gcd(48, -18));
    println!("lcm(-4, 6) = {}", lcm(-4i32, 6));
    println!("gcd u64 = {}", gcd(1_071u64, 462));
    println!("lcm 1..=20 = {}", lcm_all(&(1..=20u64).collect::<Vec<_>>()));
    println!("lcm i128 = {}", lcm_all(&[2i128 * 3 * 7, 5 * 11 * 13, 17 * 19, 23]));
    for n in [360u64, 97, 1001, 600851475143, 1 << 20] {
        let f = factorize(n);
        let s: Vec<String> = f.iter().map(|&(p, e)| if e == 1 { p.to_string() } else { format!("{}^{}", p, e) }).collect();
        println!("{} = {}", n, s.join(" * "));
    }
}
