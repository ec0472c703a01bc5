fn main() {
    let v = vec![1, 2, 3];
    let a: &[i32] = &v;
    let b: &[i32] = &[1, 2, 3];
    assert_eq!(a, b);
    println!("{} {}", a == b, *a < *b);
    let s = "abc"; let t = String::from("abd");
    println!("{}", *s < *t.as_str());
    assert_ne!(&v[..2], b);
}
