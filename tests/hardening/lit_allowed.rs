// #[allow(overflowing_literals)] turns the lint off: the literal wraps as `as` would.
#[allow(overflowing_literals)]
fn wrapped() -> (u8, i32) {
    (256, 2147483648)
}

fn main() {
    let (a, b) = wrapped();
    println!("{} {}", a, b);
}
