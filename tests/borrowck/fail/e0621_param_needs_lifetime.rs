fn first_or<'a>(items: &'a [String], fallback: &String) -> &'a String {
    if items.is_empty() {
        fallback
    } else {
        &items[0]
    }
}

fn main() {
    let items = vec![String::from("x")];
    let fb = String::from("fb");
    println!("{}", first_or(&items, &fb));
}
