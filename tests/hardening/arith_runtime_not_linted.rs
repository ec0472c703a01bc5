// operands that are not constants are not linted: the overflow is found at run time
fn bump(x: u8) -> u8 { x + 1 }

fn main() {
    let mut total = 250u8;
    for _ in 0..3 {
        total = bump(total);
    }
    println!("{}", total);
    println!("{}", bump(255));
}
