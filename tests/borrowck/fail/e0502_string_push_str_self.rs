fn main() {
    let mut s = String::from("ab");
    let view: &str = &s;
    s.push_str("cd");
    println!("{} {}", s, view);
}
