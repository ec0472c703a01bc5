fn longer(a: &str, b: &str) -> &str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let x = String::from("short");
    let y = String::from("much longer");
    println!("{}", longer(&x, &y));
}
