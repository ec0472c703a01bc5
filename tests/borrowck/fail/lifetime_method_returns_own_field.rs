struct Cursor<'a> {
    source: &'a str,
    scratch: String,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.scratch
    }
}

fn main() {
    let text = String::from("abc");
    let c = Cursor { source: &text, scratch: String::from("tmp") };
    println!("{} {}", c.source, c.rest());
}
