// Struct update syntax: the fields not written are taken from the base value.
#[derive(Debug)]
struct Config { width: u32, height: u32, title: &'static str, visible: bool }
fn main() {
    let base = Config { width: 640, height: 480, title: "base", visible: true };
    let wide = Config { width: 1920, ..base };
    let hidden = Config { visible: false, title: "hidden", ..wide };
    println!("{:?}\n{:?}\n{:?}", base, wide, hidden);
}
