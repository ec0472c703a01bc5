use std::collections::HashMap;

fn main() {
    let mut phone_book: HashMap<String, String> = HashMap::new();
    let name = String::from("Grace");
    let number = String::from("555-0199");
    phone_book.insert(name, number);
    println!("entries: {}", phone_book.len());
    println!("added {}", name);
}
