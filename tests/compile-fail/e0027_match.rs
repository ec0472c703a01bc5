struct Rgb { r: u8, g: u8, b: u8 }
fn main() {
    let c = Rgb { r: 1, g: 2, b: 3 };
    match c {
        Rgb { r, g } => println!("{} {}", r, g),
    }
}
