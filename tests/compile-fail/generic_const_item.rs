// Found by scripts/fuzz-exceptions.sh (seed 21, input 119156): a const item with generic parameters (unstable) was a
// Java exception.
const Option<i32>: &str = "x";
fn main() {
    println!("{}", Option::<u8>);
}
