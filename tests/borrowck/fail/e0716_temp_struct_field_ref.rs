struct Config {
    name: String,
}

fn load() -> Config {
    Config { name: String::from("prod") }
}

fn main() {
    let name_ref: &str = load().name.as_str();
    let other = load();
    println!("{} {}", name_ref, other.name);
}
