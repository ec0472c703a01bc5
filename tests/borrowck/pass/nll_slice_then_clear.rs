fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn main() {
    let mut line = String::from("hello borrow checker");
    let w = first_word(&line);
    let saved = w.to_string();
    line.clear();
    line.push_str("new text");
    println!("saved '{}', line now '{}'", saved, line);
}
