fn split_name(full: &str) -> (String, String) {
    let mut parts = full.splitn(2, ' ');
    let first = parts.next().unwrap_or("").to_string();
    let last = parts.next().unwrap_or("").to_string();
    (first, last)
}

fn main() {
    let pair = split_name("Alan Turing");
    let (first, last) = pair;
    println!("{} / {}", first, last);
    println!("{:?}", pair);
}
