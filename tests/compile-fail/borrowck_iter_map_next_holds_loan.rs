// `next()` of a `map` adapter yields what the closure returns: here a borrow of `v`, still used after `v.push`.
fn main() {
    let mut v = vec!["a".to_string()];
    let first = v.iter().map(|s| s.as_str()).next();
    v.push("b".to_string());
    println!("{:?}", first);
}
