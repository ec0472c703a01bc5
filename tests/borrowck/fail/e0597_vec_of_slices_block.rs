fn main() {
    let mut words: Vec<&str> = Vec::new();
    {
        let sentence = String::from("the quick brown fox");
        for w in sentence.split_whitespace() {
            words.push(w);
        }
    }
    println!("{:?}", words);
}
