fn prefix_of<'a, 'b>(text: &'a str, sep: &'b str) -> &'a str {
    match text.find(sep) {
        Some(i) => &text[..i],
        None => text,
    }
}

fn main() {
    let line = String::from("key=value");
    let p;
    {
        let sep = String::from("=");
        p = prefix_of(&line, &sep);
    }
    println!("prefix {}", p);
}
