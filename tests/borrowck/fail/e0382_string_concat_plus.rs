fn main() {
    let first = String::from("Hello, ");
    let second = String::from("world");
    let joined = first + &second;
    println!("{}", joined);
    println!("{}{}", first, second);
}
