fn main() {
    let mut words = vec!["pear", "apple", "fig"];
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    words.sort();
    println!("longest {} in {:?}", longest, words);
}
