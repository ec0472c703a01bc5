// editions: 2015 2018 2021 2024
// `std::env::set_var` / `remove_var` called outside `unsafe`: fine before 2024, E0133 in 2024 (they are
// unsafe functions there).
use std::env;

struct Settings {
    level: String,
    color: bool,
}

fn load() -> Settings {
    Settings {
        level: env::var("APP_LEVEL").unwrap_or_else(|_| String::from("info")),
        color: env::var("APP_COLOR").map(|v| v == "1").unwrap_or(false),
    }
}

fn main() {
    env::remove_var("APP_LEVEL");
    env::remove_var("APP_COLOR");
    let a = load();
    println!("default: level={} color={}", a.level, a.color);

    env::set_var("APP_LEVEL", "debug");
    env::set_var("APP_COLOR", "1");
    let b = load();
    println!("set:     level={} color={}", b.level, b.color);

    env::remove_var("APP_LEVEL");
    println!("removed: level={}", load().level);
}
