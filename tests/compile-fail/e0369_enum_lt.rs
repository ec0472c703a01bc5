#[derive(PartialEq)]
enum Level { Low, High }
fn main() {
    let x = Level::Low;
    println!("{}", x < Level::High);
}
