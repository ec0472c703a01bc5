struct Person {
    first: String,
    last: String,
}

impl Person {
    fn full_name(&self) -> &str {
        let joined = format!("{} {}", self.first, self.last);
        &joined
    }
}

fn main() {
    let p = Person { first: "Mary".into(), last: "Shelley".into() };
    println!("{}", p.full_name());
}
