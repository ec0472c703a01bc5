// editions: 2015 2018 2021 2024
// A `move` closure that uses `cfg.name` moves only that field from 2021 on, so `cfg.tags` is still
// usable afterwards; 2015/2018 capture the whole `cfg` (E0382 on the later use).
struct Config {
    name: String,
    tags: Vec<String>,
    retries: u32,
}

fn main() {
    let cfg = Config {
        name: String::from("backup"),
        tags: vec![String::from("nightly"), String::from("db")],
        retries: 3,
    };

    let greet = move |attempt: u32| format!("[{}] attempt {}", cfg.name, attempt);

    for a in 1..=cfg.retries {
        println!("{}", greet(a));
    }
    println!("tags: {}", cfg.tags.join(","));
}
