use std::collections::HashMap;

// Word frequency counter.
fn main() {
    let text = "a rose is a rose is a rose";
    let mut freq: HashMap<&str, usize> = HashMap::new();

    for word in text.split_whitespace() {
        let count = freq.entry(word).or_insert(0);
        let distinct = freq.len();
        *count += 1;
        if distinct > 2 {
            println!("{} distinct words so far", distinct);
        }
    }

    let mut pairs: Vec<(&&str, &usize)> = freq.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
