struct Config { name: String, verbose: bool, level: u8 }
fn main() {
    let c = Config { name: String::from("x") };
    println!("{}", c.name);
}
