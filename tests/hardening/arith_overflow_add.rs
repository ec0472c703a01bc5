// arithmetic_overflow (deny by default): both operands are known at compile time.
fn main() {
    let x: u8 = 255;
    let y = x + 1;
    println!("{}", y);
}
