fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("gone");
    let n = consume(s);
    println!("{} {}", n, s);
}
