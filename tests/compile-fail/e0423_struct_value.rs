struct Config { verbose: bool }
fn main() {
    let c = Config;
}
