struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn part(mut self, p: &str) -> Builder {
        self.parts.push(p.to_string());
        self
    }
    fn build(self) -> String {
        self.parts.join("-")
    }
}

fn main() {
    let b = Builder { parts: Vec::new() };
    let b2 = b.part("a").part("b");
    let s = b2.build();
    println!("{}", s);
    println!("{}", b2.parts.len());
}
