fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let mut sentence = String::from("borrow checker rules");
    let word = first_word(&sentence);
    sentence.clear();
    println!("first word: {}", word);
}
