struct Pair(i32, i32);
fn main() {
    let p = Pair(1, 2);
    let Pair(a, b, c) = p;
    println!("{}", a + b + c);
}
