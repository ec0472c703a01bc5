// Vowel counter: the counter variable was not declared `mut`.
fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

fn main() {
    let text = "Programming in Rust is a rewarding experience";
    let vowels = 0;
    let mut consonants = 0;

    for c in text.chars() {
        if !c.is_alphabetic() {
            continue;
        }
        if is_vowel(c) {
            // Mistake: `vowels` is immutable.
            vowels = vowels + 1;
        } else {
            consonants += 1;
        }
    }

    println!("vowels: {}, consonants: {}", vowels, consonants);
}
