// Plain `{}` of integers of every width and sign, their extremes included, in format!, print!
// and println! (the fast path that skips the general formatter) next to formatted ones.
fn main() {
    let (a, b, c, d): (i8, u8, i16, u16) = (i8::MIN, u8::MAX, i16::MIN, u16::MAX);
    let (e, f, g, h): (i32, u32, i64, u64) = (i32::MIN, u32::MAX, i64::MIN, u64::MAX);
    let (i, j): (isize, usize) = (-1, usize::MAX);
    println!("{} {} {} {}", a, b, c, d);
    println!("{} {} {} {}", e, f, g, h);
    let s = format!("{}|{}|{}", i, j, 0u8);
    println!("{} ({} bytes)", s, s.len());
    print!("{}-{}", -7i32, 7u64);
    println!();
    println!("{:>5}|{:<5}|{:05}|{:+}|{}", 42, 42, -42, 42, 42);
    let mut out = String::new();
    for k in 0..5u32 {
        out.push_str(&format!("{},", k * 1000));
    }
    println!("{}", out);
}
