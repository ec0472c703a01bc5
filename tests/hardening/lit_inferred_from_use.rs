fn takes_u16(x: u16) -> u16 { x + 1 }

fn main() {
    let n = 70000;
    println!("{}", takes_u16(n));
}
