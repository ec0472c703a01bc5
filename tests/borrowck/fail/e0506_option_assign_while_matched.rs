fn main() {
    let mut current: Option<String> = Some(String::from("draft"));
    if let Some(text) = &current {
        current = None;
        println!("had {}", text);
    }
    println!("{:?}", current);
}
