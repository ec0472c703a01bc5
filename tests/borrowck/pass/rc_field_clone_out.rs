use std::rc::Rc;

#[derive(Debug)]
struct Settings {
    path: String,
    retries: u32,
}

fn main() {
    let shared = Rc::new(Settings { path: String::from("/etc/app.toml"), retries: 3 });
    let other = Rc::clone(&shared);
    let path: String = shared.path.clone();
    let retries = shared.retries;
    println!("{} {} {:?}", path, retries, other);
    let unwrapped = Rc::try_unwrap(shared);
    println!("unwrap while shared: {}", unwrapped.is_err());
}
