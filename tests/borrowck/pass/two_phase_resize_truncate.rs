fn main() {
    let mut v = vec![1, 2, 3];
    v.resize(v.len() * 2, 0);
    v.truncate(v.len() - 1);
    let mut s = String::from("hello!!");
    s.truncate(s.len() - 2);
    s.push_str(&s.clone());
    v.push(v[0] + v[1]);
    println!("{:?} {}", v, s);
}
