// overflowing_literals (deny by default): the literal does not fit the type it is given.
fn main() {
    let big: i32 = 2147483648;
    println!("{}", big);
}
