#[derive(Debug)]
struct Settings {
    theme: String,
    font: String,
    size: u8,
}

fn main() {
    let base = Settings { theme: "dark".into(), font: "mono".into(), size: 12 };
    let big = Settings { theme: String::from("light"), size: 16, ..base };
    println!("{:?}", big);
    println!("base theme {} size {}", base.theme, base.size);
}
