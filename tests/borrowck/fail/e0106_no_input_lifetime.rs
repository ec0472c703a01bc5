fn default_name() -> &str {
    "anonymous"
}

fn main() {
    println!("{}", default_name());
}
