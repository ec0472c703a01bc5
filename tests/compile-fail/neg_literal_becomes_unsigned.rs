// Found by scripts/fuzz-vs-rustc.py (seed 7, m00114): `-10` whose type becomes u32 is E0277 (`u32: Neg`), not the
// overflowing_literals lint.
fn digits(s: &str) -> u32 {
    let mut n = 0;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            n = n * -10 + d;
        }
    }
    n
}
fn main() {
    println!("{}", digits("123"));
}
