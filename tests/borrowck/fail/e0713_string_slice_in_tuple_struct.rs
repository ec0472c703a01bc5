use std::fmt;

struct Buffer<'a>(&'a mut String);

impl Drop for Buffer<'_> {
    fn drop(&mut self) {
        self.0.push('\n');
    }
}

impl fmt::Display for Buffer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

fn first_word<'a>(b: Buffer<'a>) -> &'a str {
    println!("{}", b);
    b.0.split(' ').next().unwrap_or("")
}

fn main() {
    let mut s = String::from("hello world");
    let w = first_word(Buffer(&mut s));
    println!("{}", w);
}
