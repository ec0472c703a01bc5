const LIMIT: i32 = i32::MAX;

fn main() {
    let scaled = LIMIT * 2;
    println!("{}", scaled);
}
