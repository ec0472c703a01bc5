struct User { name: String, age: u32 }
fn main() {
    let u = User { name: String::from("a"), age: 3 };
    match u {
        User { nam, .. } => println!("{}", nam),
    }
}
