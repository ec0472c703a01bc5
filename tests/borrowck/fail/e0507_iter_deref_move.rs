fn main() {
    let tags = vec![String::from("rust"), String::from("mem")];
    let mut owned: Vec<String> = Vec::new();
    for t in tags.iter() {
        owned.push(*t);
    }
    println!("{:?}", owned);
}
