fn main() {
    let first = String::from("Hello, ");
    let second = String::from("world");
    let joined = first + &second;
    println!("{} ({} still usable)", joined, second);
    let mut parts = Vec::new();
    for p in ["a", "b"] {
        parts.push(p.to_string() + "!");
    }
    println!("{:?}", parts);
}
