fn main() {
    let name = "café";
    println!("{}", name);
}
