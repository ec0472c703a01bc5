fn main() {
    println!("before");
    panic!();
}
