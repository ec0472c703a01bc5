use std::rc::Rc;

#[derive(Debug)]
struct Settings {
    path: String,
}

fn main() {
    let shared = Rc::new(Settings { path: String::from("/etc/app.toml") });
    let other = Rc::clone(&shared);
    let path: String = shared.path;
    println!("{} {:?}", path, other);
}
