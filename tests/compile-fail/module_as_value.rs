// Found by scripts/fuzz-vs-rustc.py (seed 7, m00103): a path naming a module where a value belongs is E0423.
use std::collections::HashMap;
fn main() {
    std::thread;
    let m: HashMap<u8, u8> = HashMap::new();
    println!("{}", m.len());
}
