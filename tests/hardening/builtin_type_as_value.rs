fn main() {
    let bytes = vec![1u8, 2, 3];
    for i in 0..u8.len() {
        println!("{}", bytes[i]);
    }
}
