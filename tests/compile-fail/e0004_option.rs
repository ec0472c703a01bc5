fn main() {
    let x: Option<u8> = Some(3);
    match x {
        Some(n) if n > 2 => println!("big"),
        None => println!("none"),
    }
}
