// get, first, last and contains on arrays, slices and Vecs, with their Options printed.
fn main() {
    let a = [10, 20, 30];
    println!("{:?} {:?} {:?} {:?}", a.get(1), a.get(3), a.first(), a.last());
    let s = &a[1..];
    println!("{:?} {:?} {:?} {} {}", s.get(0), s.first(), s.last(), s.contains(&30), s.contains(&10));
    let e: &[u8] = &[];
    println!("{:?} {:?} {:?}", e.first(), e.last(), e.get(0));
    let v = vec!['x', 'y'];
    println!("{:?} {:?} {}", v.first(), v.last(), v.contains(&'y'));
    if let Some(&last) = a.last() {
        println!("{}", last * 2);
    }
    let words = ["apple", "bob"];
    println!("{} {:?}", words.contains(&"bob"), words.get(1));
}
