// Arrays: len/is_empty, and for loops over a.iter() and &a (by reference, through the slice).
fn main() {
    let a = [1, 2, 3, 4, 5];
    let mut total = 0;
    for x in a.iter() { total += x; }
    for x in &a { total += *x; }
    println!("{} {} {}", a.len(), total, a.is_empty());
    let words = ["a", "bb"];
    for w in words.iter() { println!("{} {}", w, w.len()); }
}
