struct Meters(u32);
fn main() {
    let a = Meters(1);
    let b = Meters(1);
    if a == b {
        println!("same");
    }
}
