struct Doc {
    title: Option<String>,
}

fn shout(s: &mut str) {
    s.make_ascii_uppercase();
}

fn main() {
    let mut d = Doc { title: Some(String::from("notes")) };
    if let Some(t) = d.title.as_deref_mut() {
        shout(t);
    }
    let len = d.title.as_deref().map_or(0, str::len);
    d.title.as_mut().unwrap().push_str(&"!".repeat(len / 2));
    println!("{:?}", d.title);
}
