fn main() {
    let mut words = vec!["pear", "apple", "fig", "banana"];
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {}", longest);
    words.sort();
    println!("sorted: {:?}", words);
}
