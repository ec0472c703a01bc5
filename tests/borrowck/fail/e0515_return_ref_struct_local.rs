#[derive(Debug)]
struct Config {
    verbose: bool,
    level: u8,
}

fn default_config() -> &'static Config {
    let c = Config { verbose: false, level: 1 };
    &c
}

fn main() {
    println!("{:?}", default_config());
}
