fn main() {
    let s = String::from("hello");
    let c = s[1];
    println!("{}", c);
}
