#[derive(Debug)]
struct Settings {
    theme: String,
    font: String,
    size: u8,
}

fn main() {
    let base = Settings {
        theme: String::from("dark"),
        font: String::from("mono"),
        size: 12,
    };
    let big = Settings { size: 16, ..base };
    println!("{:?}", big);
    println!("base theme {}", base.theme);
}
