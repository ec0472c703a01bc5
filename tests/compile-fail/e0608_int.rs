fn main() {
    let n = 10;
    println!("{}", n[0]);
}
