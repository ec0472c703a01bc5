enum Ev { Key { code: u32, shift: bool } }
fn main() {
    let e = Ev::Key { code: 1, shift: false };
    match e {
        Ev::Key { code } => println!("{}", code),
    }
}
