// Integer and float methods (abs, pow, min, max, sqrt, floor, ceil, round half away from zero, powi as
// LLVM multiplies it out) and to_string of Display values.
fn main() {
    let a: i32 = -7;
    let b = 2.0f64;
    println!("{} {} {} {}", a.abs(), a.pow(2), (-3i64).abs(), 3.to_string());
    println!("{} {} {} {}", b.sqrt(), (2.5f64).round(), (-2.5f64).round(), (0.1f64).powi(3));
    println!("{} {} {} {}", 3.7f64.floor(), 3.2f64.ceil(), 4.min(9), 2.5f64.max(1.0));
    println!("{} {}", (1.0f32 / 3.0).powi(5), 10u8.pow(2));
    let s = 42.to_string() + "!";
    println!("{} {} {}", s, 'c'.to_string(), true.to_string());
    println!("{}", ((2.0f64 - 5.0) * (1.0 - 4.0)).abs());
}
