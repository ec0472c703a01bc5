// A path pattern naming no variant of the enum: E0599, as rustc looks it up as an associated item.
enum Light { Red, Green }
fn main() {
    let l = Light::Green;
    match l {
        Light::Red => println!("stop"),
        Light::Amber => println!("slow"),
        _ => println!("go"),
    }
}
