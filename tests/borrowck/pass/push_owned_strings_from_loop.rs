fn main() {
    let mut parts: Vec<String> = Vec::new();
    for i in 0..3 {
        parts.push(i.to_string());
    }
    let refs: Vec<&str> = parts.iter().map(|s| s.as_str()).collect();
    println!("{}", refs.join("+"));
}
