// Contacts: grab the first contact name from a freshly loaded list.
fn load_contacts() -> Vec<String> {
    vec![
        "Alice <alice@example.com>".to_string(),
        "Bob <bob@example.com>".to_string(),
    ]
}

fn display_name(entry: &str) -> &str {
    entry.split('<').next().unwrap_or(entry).trim()
}

fn main() {
    let first = load_contacts().iter().next().unwrap();

    println!("first contact: {}", display_name(first));
    let all = load_contacts();
    for c in all.iter().map(|c| display_name(c)) {
        println!(" - {}", c);
    }
}
