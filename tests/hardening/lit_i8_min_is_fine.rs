// -128 fits i8: the lint looks at the negated literal
fn main() {
    let lo: i8 = -128;
    let hi: i8 = 127;
    let x = -9223372036854775808i64;
    let m = u64::MAX;
    let f: f32 = 3.4e38;
    println!("{} {} {} {} {}", lo, hi, x, m, f);
}
