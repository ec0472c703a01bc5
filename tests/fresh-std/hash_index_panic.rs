// Indexing a HashMap with a missing key panics with std's message at the indexing expression.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("ann", 31);
    ages.insert("bob", 27);
    println!("ann is {}", ages["ann"]);
    let total: u32 = ["ann", "bob"].iter().map(|n| ages[n]).sum();
    println!("total {total}");
    println!("cy is {}", ages["cy"]);
    println!("unreachable");
}
