fn main() {
    let t = (1, 2, 3);
    let first = t[0];
    println!("{}", first);
}
