use std::fmt::{Debug, Display};
use std::ops::{Add, Mul};

trait Numeric: Copy + Display + Debug + PartialOrd + Add<Output = Self> + Mul<Output = Self> {
    const BITS: u32;
    const ONE: Self;
    const MAX: Self;
    fn from_u8(v: u8) -> Self;
    fn checked_mul_(self, o: Self) -> Option<Self>;
    fn checked_add_(self, o: Self) -> Option<Self>;
    fn type_name() -> &'static str;
}

macro_rules! numeric {
    ($($t:ty),*) => {$(
        impl Numeric for $t {
            const BITS: u32 = <$t>::BITS;
            const ONE: Self = 1;
            const MAX: Self = <$t>::MAX;
            fn from_u8(v: u8) -> Self { v as $t }
            fn checked_mul_(self, o: Self) -> Option<Self> { self.checked_mul(o) }
            fn checked_add_(self, o: Self) -> Option<Self> { self.checked_add(o) }
            fn type_name() -> &'static str { stringify!($t) }
        }
    )*};
}
numeric!(u8, i16, u32, i64, u128);

fn max_factorial<T: Numeric>() -> (u8, T) {
    let mut acc = T::ONE;
    let mut n = 1u8;
    loop {
        match acc.checked_mul_(T::from_u8(n + 1)) {
            Some(next) => {
                acc = next;
                n += 1;
            }
            None => return (n, acc),
        }
    }
}

fn triangular_limit<T: Numeric>() -> u32 {
    let mut sum = T::from_u8(0);
    let mut k = 0u32;
    let mut step = T::ONE;
    while let Some(s) = sum.checked_add_(step) {
        sum = s;
        k += 1;
        step = match step.checked_add_(T::ONE) {
            Some(v) => v,
            None => break,
        };
        if k >= 100_000 {
            break;
        }
    }
    k
}

fn report<T: Numeric>() {
    let (n, f) = max_factorial::<T>();
    println!("{:>5} ({:>3} bits): max {:<41} largest n! = {:>2}! = {}", T::type_name(), T::BITS, T::MAX, n, f);
}

fn power_table<T>(base: T, count: usize) -> Vec<T>
where
    T: Numeric,
{
    std::iter::successors(Some(T::ONE), |&p| p.checked_mul_(base)).take(count).collect()
}

fn main() {
    report::<u8>();
    report::<i16>();
    report::<u32>();
    report::<i64>();
    report::<u128>();
    println!("triangular steps before u8 overflow: {}", triangular_limit::<u8>());
    println!("triangular steps before i16 overflow: {}", triangular_limit::<i16>());
    println!("powers of 3 in u8: {:?}", power_table(3u8, 10));
    println!("powers of 7 in i16: {:?}", power_table(7i16, 10));
    let wrapped: Vec<u8> = (0..6).map(|i: u8| 250u8.wrapping_add(i * 2)).collect();
    println!("wrapping: {:?}", wrapped);
    let sat: Vec<i16> = [30000i16, -30000].iter().map(|&v| v.saturating_add(v.signum() * 5000)).collect();
    println!("saturating: {:?}", sat);
    let (v, o) = 200u8.overflowing_mul(2);
    println!("overflowing 200*2 = ({}, {})", v, o);

    let data = [12u32, 40, 77, 91, 100, 250];
    let mut product: u32 = 1;
    for (i, &d) in data.iter().enumerate() {
        println!("step {}: product {} * {}", i, product, d);
        product *= d;
    }
    println!("product = {}", product);
}
