struct Config {
    name: String,
    retries: u32,
}

fn main() {
    let mut cfg = Box::new(Config { name: String::from("svc"), retries: 3 });
    let name_ref = &cfg.name;
    let whole = &mut cfg;
    whole.retries += 1;
    println!("{} {}", name_ref, cfg.retries);
}
