fn main() {
    let huge: f32 = 1e40;
    println!("{}", huge);
}
