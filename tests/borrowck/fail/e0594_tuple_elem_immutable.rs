fn main() {
    let pair = (String::from("left"), 3);
    let n = pair.1 * 2;
    pair.1 = n;
    println!("{} {}", pair.0, pair.1);
}
