fn main() {
    let n: u8 = 7;
    match n {
        0..=9 => println!("digit"),
        10..=99 => println!("two"),
    }
}
