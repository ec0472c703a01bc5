fn main() {
    let n: u32 = 17;
    println!("{}", n % 0);
}
