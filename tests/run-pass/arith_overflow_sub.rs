fn sub(a: u32, b: u32) -> u32 {
    a - b
}

fn main() {
    println!("{}", sub(5, 5));
    let x = sub(3, 4);
    println!("unreachable {x}");
}
