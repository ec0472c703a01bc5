// with the lint allowed, the overflow panics at run time as in a debug build
#[allow(arithmetic_overflow)]
fn main() {
    let v: Vec<u8> = vec![1, 2, 3];
    println!("{}", v.len());
    let x: u8 = 255;
    let y = x + 1;
    println!("{}", y);
}
