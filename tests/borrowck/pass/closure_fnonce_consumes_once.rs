fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let title = String::from("Chapter 1");
    let publish = move || {
        let t = title;
        format!("published {}", t)
    };
    println!("{}", run_once(publish));
    let again = String::from("Chapter 2");
    println!("{}", run_once(|| again));
}
