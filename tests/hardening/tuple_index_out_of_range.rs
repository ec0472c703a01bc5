// Found by scripts/fuzz-exceptions.sh (seed 12, input 10438): a tuple index too large for an int was a Java exception.
fn main() {
    let mut pair = (String::from("red"), 0u32);
    let entry = &mut pair;
    entry.2147483648 += 1;
    println!("{}", pair.1);
}
