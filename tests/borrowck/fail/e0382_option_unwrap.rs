fn main() {
    let config: Option<String> = Some(String::from("debug=true"));
    let value = config.unwrap();
    println!("value: {}", value);
    if config.is_some() {
        println!("config present");
    }
}
