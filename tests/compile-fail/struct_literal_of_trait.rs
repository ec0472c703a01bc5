// Found by scripts/fuzz-vs-rustc.py (seed 7, m01532): a struct literal whose path is a trait is E0574.
struct Conn {
    id: u32,
}
fn main() {
    let c = Drop { id: 2 };
    let d = Conn { id: 3 };
    println!("{}", d.id);
}
