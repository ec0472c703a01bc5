use std::rc::Rc;

struct Config {
    name: String,
    retries: u8,
    timeout: f64,
}

fn main() {
    let cfg = Rc::new(Config { name: String::from("server"), retries: 3, timeout: 2.5 });
    let copy = Rc::clone(&cfg);
    let raw: *const Config = Rc::as_ptr(&cfg);
    println!("{} retries={} timeout={}", cfg.name, cfg.retries, cfg.timeout);
    println!("owners = {}", Rc::strong_count(&cfg));
    drop(cfg);
    println!("owners = {}", Rc::strong_count(&copy));
    drop(copy);
    println!("all owners gone");
    let t = unsafe { (*raw).timeout };
    println!("timeout = {}", t);
}
