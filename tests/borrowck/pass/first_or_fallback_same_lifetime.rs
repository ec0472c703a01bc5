fn first_or<'a>(items: &'a [String], fallback: &'a String) -> &'a String {
    if items.is_empty() {
        fallback
    } else {
        &items[0]
    }
}

fn main() {
    let fb = String::from("fb");
    let empty: Vec<String> = Vec::new();
    let items = vec![String::from("x")];
    println!("{} {}", first_or(&items, &fb), first_or(&empty, &fb));
}
