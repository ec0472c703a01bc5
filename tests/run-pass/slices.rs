// Slices: &[T] fat pointers from arrays and Vecs (unsizing and Deref coercions), indexing, len,
// for loops, sub-slices &v[a..b] / [..n] / [a..] / [a..=b], substrings of String, and std's panic for a
// range past the end.
fn largest(list: &[i32]) -> i32 {
    let mut largest = list[0];
    for &item in list {
        if item > largest { largest = item; }
    }
    largest
}
fn sum(xs: &[u64]) -> u64 { let mut t = 0; for x in xs.iter() { t += x; } t }
fn first_word(s: &str) -> &str { &s[..5] }
fn main() {
    let a = [3, 9, 2];
    let v = vec![10, 40, 20];
    println!("{} {}", largest(&a), largest(&v));
    let part = &v[1..3];
    println!("{:?} {} {}", part, part.len(), part[0]);
    let whole: &[i32] = &a;
    println!("{:?} {:?} {:?}", whole, &a[..2], &a[1..=2]);
    println!("{}", sum(&[1, 2, 3]));
    let s = String::from("hello world");
    println!("{} [{}] [{}]", first_word(&s), &s[6..], &s[..]);
    let r = &v[2..5];
    println!("{:?}", r);
}
