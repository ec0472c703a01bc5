use std::collections::BTreeSet;

pub fn is_pangram(sentence: &str) -> bool {
    missing_letters(sentence).is_empty()
}

fn missing_letters(sentence: &str) -> Vec<char> {
    let present: BTreeSet<char> = sentence
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ('a'..='z').filter(|c| !present.contains(c)).collect()
}

fn letter_histogram(sentence: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for b in sentence.bytes().filter(u8::is_ascii_alphabetic) {
        counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    counts
}

fn main() {
    let sentences = [
        "",
        "abcdefghijklmnopqrstuvwxyz",
        "the quick brown fox jumps over the lazy dog",
        "a quick movement of the enemy will jeopardize five gunboats",
        "five boxing wizards jump quickly at it",
        "the_quick_brown_fox_jumps_over_the_lazy_dog",
        "the 1 quick brown fox jumps over the 2 lazy dogs",
        "7h3 qu1ck brown fox jumps ov3r 7h3 lazy dog",
        "\"Five quacking Zephyrs jolt my wax bed.\"",
        "Victor jagt zwölf Boxkämpfer quer über den großen Sylter Deich",
    ];
    for s in sentences {
        let missing = missing_letters(s);
        if is_pangram(s) {
            let h = letter_histogram(s);
            let (idx, max) = h.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i))).unwrap();
            println!("PANGRAM  most common '{}' x{}: {}", (b'a' + idx as u8) as char, max, s);
        } else {
            let m: String = missing.iter().collect();
            println!("missing {:>2} [{}]: {}", missing.len(), m, s);
        }
    }
}
