fn main() {
    let count = 0;
    let words = ["a", "bb", "ccc"];
    for w in words.iter() {
        if w.len() > 1 {
            count = count + 1;
        }
    }
    println!("long words: {}", count);
}
