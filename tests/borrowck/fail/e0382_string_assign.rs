fn main() {
    let greeting = String::from("hello");
    let owned = greeting;
    println!("{} world", owned);
    println!("original: {}", greeting);
}
