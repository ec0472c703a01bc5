fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        v.push(v.len());
    }
    println!("{:?}", v);
}
