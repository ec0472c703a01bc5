fn main() {
    let x = Some(1);
    if let Some(a, b) = x {
        println!("{} {}", a, b);
    }
}
