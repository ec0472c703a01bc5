// Find the longer of two words: the signature lacks a lifetime parameter.
fn longer(a: &str, b: &str) -> &str {
    if a.len() >= b.len() { a } else { b }
}

fn longest_in(sentence: &str) -> String {
    let mut best = "";
    for w in sentence.split_whitespace() {
        best = longer(best, w);
    }
    best.to_string()
}

fn main() {
    let sentences = [
        "the cat sat on the mat",
        "extraordinary claims require extraordinary evidence",
        "rust is fun",
    ];
    for s in sentences.iter() {
        println!("longest word in {:?}: {}", s, longest_in(s));
    }
}
