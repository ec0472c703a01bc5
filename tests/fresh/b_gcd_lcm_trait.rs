use std::ops::{Div, Mul, Rem};

trait Integer: Copy + PartialEq + Rem<Output = Self> + Mul<Output = Self> + Div<Output = Self> {
    const ZERO: Self;
    fn abs_val(self) -> Self;

    fn gcd(self, other: Self) -> Self {
        let (mut a, mut b) = (self.abs_val(), other.abs_val());
        while b != Self::ZERO {
            let t = a % b;
            a = b;
            b = t;
        }
        a
    }

    fn lcm(self, other: Self) -> Self {
        if self == Self::ZERO || other == Self::ZERO {
            return Self::ZERO;
        }
        (self / self.gcd(other) * other).abs_val()
    }
}

macro_rules! impl_signed {
    ($($t:ty),*) => { $( impl Integer for $t { const ZERO: Self = 0; fn abs_val(self) -> Self { self.abs() } } )* };
}
macro_rules! impl_unsigned {
    ($($t:ty),*) => { $( impl Integer for $t { const ZERO: Self = 0; fn abs_val(self) -> Self { self } } )* };
}
impl_signed!(i32, i64);
impl_unsigned!(u8, u32, u64, u128);

fn gcd_all<T: Integer>(items: &[T]) -> Option<T> {
    items.iter().copied().reduce(|a, b| a.gcd(b))
}

fn lcm_all<T: Integer>(items: &[T]) -> Option<T> {
    items.iter().copied().reduce(T::lcm)
}

fn extended_gcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = extended_gcd(b, a % b);
        (g, y, x - (a / b) * y)
    }
}

fn mod_inverse(a: i64, m: i64) -> Option<i64> {
    let (g, x, _) = extended_gcd(a, m);
    if g != 1 { None } else { Some(x.rem_euclid(m)) }
}

fn main() {
    println!("gcd(48, 18) = {}", 48u32.gcd(18));
    println!("gcd(-48, 18) = {}", (-48i32).gcd(18));
    println!("lcm(4, 6) = {}", 4u8.lcm(6));
    println!("lcm(-4, 6) = {}", (-4i64).lcm(6));
    println!("lcm(0, 5) = {}", 0u32.lcm(5));
    println!("gcd_all = {:?}", gcd_all(&[84u64, 126, 210]));
    println!("lcm 1..=20 = {:?}", lcm_all(&(1..=20u64).collect::<Vec<_>>()));
    println!("lcm 1..=40 = {:?}", lcm_all(&(1..=40u128).collect::<Vec<_>>()));
    println!("empty = {:?}", gcd_all::<i32>(&[]));
    for (a, b) in [(240, 46), (17, 5), (35, 15)] {
        let (g, x, y) = extended_gcd(a, b);
        println!("{}*{} + {}*{} = {}", a, x, b, y, g);
    }
    for (a, m) in [(3, 11), (10, 17), (6, 9)] {
        println!("inverse of {} mod {} = {:?}", a, m, mod_inverse(a, m));
    }
    let fractions = [(6, 8), (10, 25), (7, 13), (-9, 12)];
    let reduced: Vec<String> = fractions.iter().map(|&(n, d): &(i32, i32)| {
        let g = n.gcd(d);
        format!("{}/{}", n / g, d / g)
    }).collect();
    println!("reduced: {}", reduced.join(", "));
}
