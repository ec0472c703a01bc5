mod settings {
    pub const LEVEL: u8 = 3;
}
fn main() {
    let s = settings;
    println!("{}", settings::LEVEL);
}
