#[derive(Debug)]
struct Config {
    verbose: bool,
    level: u8,
}

fn load(ok: bool) -> *const Config {
    if ok {
        Box::into_raw(Box::new(Config { verbose: true, level: 3 }))
    } else {
        std::ptr::null()
    }
}

fn main() {
    let good = load(true);
    println!("good level = {}", unsafe { (*good).level });
    let bad = load(false);
    let level = unsafe { (*bad).level };
    println!("bad level = {}", level);
}
