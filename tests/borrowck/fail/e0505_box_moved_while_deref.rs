fn main() {
    let boxed = Box::new([1u8, 2, 3, 4]);
    let slice: &[u8] = &boxed[1..];
    let moved = boxed;
    println!("{:?} {:?}", slice, moved);
}
