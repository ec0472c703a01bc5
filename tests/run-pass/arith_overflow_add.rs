fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("{}", add(200, 55));
    println!("{}", add(200, 56));
}
