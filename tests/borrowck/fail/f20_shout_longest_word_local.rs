// Text processing: return the longest word of an upper-cased copy.
fn loudest_word(text: &str) -> &str {
    let shouted = text.to_uppercase();
    shouted
        .split_whitespace()
        .max_by_key(|w| w.len())
        .unwrap_or("")
}

fn main() {
    let text = String::from("the quick brown fox jumps over the lazy dog");
    let w = loudest_word(&text);
    println!("loudest word: {}", w);

    let counts: Vec<usize> = text.split_whitespace().map(|w| w.len()).collect();
    println!("word lengths: {:?}", counts);
}
