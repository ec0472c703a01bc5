// Palindromes and anagrams: normalising strings, sorting chars, grouping with HashMap, reversing.
use std::collections::HashMap;

fn normalize(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

fn is_palindrome(s: &str) -> bool {
    let n = normalize(s);
    n.iter().eq(n.iter().rev())
}

fn longest_palindrome(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut best = (0, 0);
    for center in 0..bytes.len() {
        for (mut lo, mut hi) in [(center as isize, center as isize), (center as isize, center as isize + 1)] {
            while lo >= 0 && (hi as usize) < bytes.len() && bytes[lo as usize] == bytes[hi as usize] {
                lo -= 1;
                hi += 1;
            }
            let (start, end) = ((lo + 1) as usize, hi as usize);
            if end - start > best.1 - best.0 {
                best = (start, end);
            }
        }
    }
    &s[best.0..best.1]
}

fn anagram_key(word: &str) -> String {
    let mut cs: Vec<char> = word.to_lowercase().chars().collect();
    cs.sort_unstable();
    cs.into_iter().collect()
}

fn main() {
    let phrases = ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Hello", "No 'x' in Nixon", "Ésé", "12321", "palindrome"];
    for p in phrases.iter() {
        println!("{:<32} {}", format!("{:?}", p), if is_palindrome(p) { "palindrome" } else { "-" });
    }
    for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "x"] {
        println!("longest palindrome in {:<18} = {}", s, longest_palindrome(s));
    }

    let words = "listen silent enlist google inlets banana tinsel stone tones notes onset elgoog cat act tac dog";
    let mut groups: HashMap<String, Vec<&str>> = HashMap::new();
    for w in words.split(' ') {
        groups.entry(anagram_key(w)).or_default().push(w);
    }
    let mut multi: Vec<Vec<&str>> = groups.into_values().filter(|g| g.len() > 1).collect();
    for g in multi.iter_mut() {
        g.sort();
    }
    multi.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a[0].cmp(b[0])));
    for g in &multi {
        println!("{} anagrams: {}", g.len(), g.join(", "));
    }
    let reversed_words: String = "never odd or even".split(' ').rev().collect::<Vec<_>>().join(" ");
    println!("words reversed: {}", reversed_words);
    let reversed_chars: String = "stressed".chars().rev().collect();
    println!("stressed -> {}", reversed_chars);
    let mirrored: Vec<String> = ["ab", "race", "level"].iter().map(|w| format!("{}{}", w, w.chars().rev().skip(1).collect::<String>())).collect();
    println!("mirrored: {:?} all palindromes: {}", mirrored, mirrored.iter().all(|m| is_palindrome(m)));
}
