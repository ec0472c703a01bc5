fn main() {
    let mut s = String::from("abc");
    s.insert(0, char::from(b'0' + s.len() as u8));
    s.push_str(&s.len().to_string());
    let mut v = vec![1, 2, 3];
    v.insert(v.len() - 1, 99);
    println!("{} {:?}", s, v);
}
