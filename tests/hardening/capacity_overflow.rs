fn main() {
    let v: Vec<u64> = Vec::with_capacity(usize::MAX / 4);
    println!("{}", v.capacity());
}
