struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> usize {
        self.part.len()
    }
    fn announce(&self, msg: &str) -> &'a str {
        println!("attention: {}", msg);
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = novel.split('.').next().unwrap();
    let e = Excerpt { part: first };
    let got = e.announce("excerpt");
    println!("{} ({})", got, e.level());
}
