use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<char, usize> = HashMap::new();
    counts.insert('a', 1);
    let a_count = counts.get(&'a');
    *counts.entry('b').or_insert(0) += 1;
    println!("{:?}", a_count);
}
