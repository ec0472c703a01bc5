fn main() {
    let name = "world";
    let greeting: &str = &format!("hello {}", name);
    let shout = greeting.to_uppercase();
    let first_word: &str = String::from("temporary value").as_str();
    println!("{} {} {}", greeting, shout, first_word);
}
