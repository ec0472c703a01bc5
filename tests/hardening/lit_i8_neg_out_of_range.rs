fn main() {
    let temps: [i8; 3] = [-40, 12, -129];
    println!("{:?}", temps);
}
