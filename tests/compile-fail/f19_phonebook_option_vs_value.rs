// Phone book lookup: using an Option<&String> where a &String is expected.
use std::collections::HashMap;

fn format_number(number: &String) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() == 10 {
        format!("({}) {}-{}", &digits[0..3], &digits[3..6], &digits[6..])
    } else {
        digits
    }
}

fn main() {
    let mut book: HashMap<&str, String> = HashMap::new();
    book.insert("alice", "555 123 4567".to_string());
    book.insert("bob", "555-987-6543".to_string());

    let who = "alice";
    let number = book.get(who);
    // Mistake: `number` is Option<&String>, not &String.
    let pretty = format_number(number);
    println!("{}: {}", who, pretty);
}
