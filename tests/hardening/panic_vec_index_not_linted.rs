// a Vec's length is not known at compile time: indexing out of bounds panics at run time
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.len());
    println!("{}", v[3]);
}
