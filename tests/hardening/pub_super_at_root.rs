pub(super) fn helper() -> u32 { 7 }

fn main() {
    println!("{}", helper());
}
