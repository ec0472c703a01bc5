// std::num::Wrapping and Saturating: every operator, by value and by reference, the assignments with a wrapped
// and a plain right-hand side, formatting through to the integer, Sum/Product, ordering, Saturating's methods.
use std::collections::BTreeSet;
use std::num::{Saturating, Wrapping};

fn checksum(data: &[u8]) -> Wrapping<u16> {
    let mut a = Wrapping(1u16);
    let mut b = Wrapping(0u16);
    for &d in data {
        a += Wrapping(d as u16);
        b += a;
        b ^= a << 3;
    }
    (b << 8) | (a & Wrapping(0xff))
}

fn main() {
    let mut w = Wrapping(250u8);
    for _ in 0..3 {
        w += Wrapping(3);
        println!("{w} {:?}", w);
    }
    w -= 10;
    w *= &Wrapping(7u8);
    w %= 200;
    println!("{} {:x} {:#b} {:o} {:X}", w, w, w, w, w);
    let a = Wrapping(i32::MAX);
    let b = &a + Wrapping(1);
    println!("{} {} {} {}", b, -Wrapping(i32::MIN), !a, -&Wrapping(5u32));
    println!("{} {} {}", &a - &b, a * Wrapping(2), Wrapping(i32::MIN) / Wrapping(-1));
    println!("{} {}", Wrapping(1u32) << 35usize, Wrapping(-128i8) >> 9);
    let mut sh = Wrapping(1u64);
    sh <<= 70;
    sh >>= &1usize;
    println!("{sh}");
    let s: Wrapping<u16> = [Wrapping(60000u16), Wrapping(10000)].iter().sum();
    let p: Wrapping<u8> = (1..=6u8).map(Wrapping).product();
    println!("sum {s} prod {p} checksum {:#06x}", checksum(b"hello, world"));

    let mut x = Saturating(200u8);
    x += 100;
    x -= &Saturating(5);
    println!("{x} {:?} {}", x, Saturating(5u8) - Saturating(9));
    let y = Saturating(i8::MIN);
    println!("{} {} {} {} {}", -y, y.abs(), y.pow(3), Saturating(-100i8) * Saturating(2), Saturating(i8::MIN) / Saturating(-1));
    println!("{} {} {} {}", Saturating::<u32>::MAX, Saturating(8u8).is_power_of_two(), Saturating(-3i64).signum(), Saturating(-3i64).is_negative());
    println!("{} {} {}", Saturating(0b1011u8).count_ones(), Saturating(1u16).leading_zeros(), Saturating(0x12u8).rotate_left(4));
    println!("{:>6}|{:<6}|{:^7}|{:+}", Wrapping(42), Saturating(7), Wrapping(-3), Saturating(9));

    let mut v = vec![Wrapping(3u64), Wrapping(1), Wrapping(2)];
    v.sort();
    let set: BTreeSet<Saturating<i32>> = [Saturating(4), Saturating(-1), Saturating(4)].into_iter().collect();
    println!("{:?} {} {:?} {}", v, v.contains(&Wrapping(2)), set, Wrapping(0u8) == Wrapping::default());
}
