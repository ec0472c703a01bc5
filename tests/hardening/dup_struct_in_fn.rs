fn main() {
    struct Meters(u32);
    struct Meters(u32);
    let m = Meters(5);
    println!("{}", m.0);
}
