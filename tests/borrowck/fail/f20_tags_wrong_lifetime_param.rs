// Blog: pick the primary tag of a post, falling back to a default.
fn primary_tag<'a, 'b>(tags: &'a [String], fallback: &'b str) -> &'b str {
    tags.iter()
        .map(|t| t.as_str())
        .find(|t| !t.is_empty())
        .unwrap_or(fallback)
}

fn main() {
    let tags = vec![String::new(), "rust".to_string(), "borrowck".to_string()];
    let fallback = String::from("misc");
    let tag = primary_tag(&tags, &fallback);
    println!("primary tag: {}", tag);
    println!("all tags: {:?}", tags);
}
