fn main() {
    let mut stock = HashMap::new();
    stock.insert("apple", 3);
    println!("{:?}", stock.get("apple"));
}
