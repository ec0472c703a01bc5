#[derive(Debug)]
struct Draft {
    title: String,
    body: String,
}

fn publish(body: String) -> usize {
    body.split_whitespace().count()
}

fn main() {
    let mut d = Draft { title: "intro".into(), body: "one two three".into() };
    let words = publish(d.body);
    d.body = format!("published with {} words", words);
    println!("{:?}", d);
}
