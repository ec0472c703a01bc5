fn main() {
    let names = vec![String::from("Ann"), String::from("Ben")];
    let first: String = names[0];
    println!("first {}", first);
    println!("all {:?}", names);
}
