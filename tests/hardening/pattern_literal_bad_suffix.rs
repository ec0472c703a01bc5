// Found by scripts/fuzz-exceptions.sh (seed 21, input 102475): a number with a non-type suffix as a pattern (`|3x|`)
// was a Java exception; rustc reads it as a misspelt identifier.
fn main() {
    let v = [1, 2];
    let r = v.iter().find(|3x| x == 2);
    match 5 { 5y => {}, _ => {} }
}
