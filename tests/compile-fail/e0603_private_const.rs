mod limits {
    const MAX: u32 = 10;
}
fn main() {
    println!("{}", limits::MAX);
}
