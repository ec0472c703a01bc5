// Found by scripts/fuzz-vs-rustc.py (seed 7, m00112): a tuple-variant pattern naming no variant of the enum is
// E0599 (looked up as an associated item), not E0532.
#[derive(Debug)]
enum Coin { Penny, Dime(u8) }
fn main() {
    let coin = Coin::Dime(3);
    if let Coin::Quarter(state) = coin {
        println!("{state:?}");
    }
}
