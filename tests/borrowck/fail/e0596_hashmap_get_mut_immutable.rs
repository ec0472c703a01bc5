use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, u32> = [("red", 1), ("blue", 2)].into_iter().collect();
    if let Some(s) = scores.get_mut("red") {
        *s += 10;
    }
    println!("{}", scores["red"]);
}
