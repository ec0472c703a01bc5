struct Wrapper {
    inner: Box<String>,
}

fn unwrap_it(w: &Wrapper) -> String {
    *w.inner
}

fn main() {
    let w = Wrapper { inner: Box::new(String::from("present")) };
    println!("{}", unwrap_it(&w));
}
