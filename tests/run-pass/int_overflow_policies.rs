// std's integer methods by overflow policy: wrapping_, checked_, saturating_, overflowing_ for
// add, sub, mul, div and rem across widths and signs, edge values included; then wrapping_div by
// zero panics as std does.
fn main() {
    let a: u8 = 250;
    println!("{} {} {}", a.wrapping_add(10), a.wrapping_sub(251), a.wrapping_mul(3));
    println!("{:?} {:?} {:?}", a.checked_add(5), a.checked_add(6), a.checked_sub(251));
    println!("{} {} {}", a.saturating_add(10), 3u8.saturating_sub(5), a.saturating_mul(2));
    println!("{:?} {:?}", a.overflowing_add(10), a.overflowing_sub(1));
    let m = i8::MIN;
    println!("{} {} {}", m.wrapping_sub(1), m.wrapping_mul(-1), m.wrapping_div(-1));
    println!("{:?} {:?} {:?}", m.checked_div(-1), m.checked_rem(-1), 7i8.checked_rem(0));
    println!("{} {} {}", m.saturating_sub(1), i8::MAX.saturating_add(1), m.saturating_mul(-1));
    println!("{} {}", (-100i8).saturating_mul(2), 100i8.saturating_mul(-2));
    println!("{:?} {:?}", m.overflowing_neg_free(), i8::MAX.overflowing_add(1));
    let big = i64::MAX;
    println!("{} {:?} {}", big.wrapping_add(1), big.checked_mul(2), big.saturating_add(big));
    let u = u64::MAX;
    println!("{} {:?} {} {:?}", u.wrapping_add(2), u.checked_add(1), u.saturating_mul(3), u.overflowing_mul(2));
    let x: i32 = -17;
    println!("{} {} {:?} {:?}", x.wrapping_div(5), x.wrapping_rem(5), x.checked_div(0), x.checked_div(5));
    println!("{}", 10u32.wrapping_div(0));
}

trait NegFree {
    fn overflowing_neg_free(self) -> (i8, bool);
}

impl NegFree for i8 {
    fn overflowing_neg_free(self) -> (i8, bool) { 0i8.overflowing_sub(self) }
}
