fn main() {
    let bits = 1i32 << 40;
    println!("{}", bits);
}
