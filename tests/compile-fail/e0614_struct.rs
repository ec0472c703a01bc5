struct Wrapper { v: i32 }
fn main() {
    let w = Wrapper { v: 1 };
    println!("{}", *w);
}
