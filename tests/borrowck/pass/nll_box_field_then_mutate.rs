struct Config {
    name: String,
    retries: u32,
}

fn main() {
    let mut cfg = Box::new(Config { name: String::from("svc"), retries: 3 });
    let name_len = cfg.name.len();
    let whole = &mut cfg;
    whole.retries += name_len as u32;
    let name_ref = &cfg.name;
    println!("{} {}", name_ref, cfg.retries);
}
