fn main() {
    let mut parts: Vec<&str> = Vec::new();
    for i in 0..3 {
        parts.push(&i.to_string());
    }
    println!("{:?}", parts);
}
