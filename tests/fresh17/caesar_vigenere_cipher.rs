use std::collections::BTreeMap;

fn shift_char(c: char, shift: i32) -> char {
    if c.is_ascii_alphabetic() {
        let base = if c.is_ascii_uppercase() { b'A' } else { b'a' };
        let offset = (c as u8 - base) as i32;
        let shifted = (offset + shift).rem_euclid(26) as u8;
        (base + shifted) as char
    } else {
        c
    }
}

fn caesar(text: &str, shift: i32) -> String {
    text.chars().map(|c| shift_char(c, shift)).collect()
}

fn vigenere(text: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<i32> = key.bytes().filter(u8::is_ascii_alphabetic).map(|b| (b.to_ascii_lowercase() - b'a') as i32).collect();
    let mut i = 0;
    text.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let s = shifts[i % shifts.len()];
                i += 1;
                shift_char(c, if decrypt { -s } else { s })
            } else {
                c
            }
        })
        .collect()
}

fn letter_freq(text: &str) -> BTreeMap<char, usize> {
    let mut m = BTreeMap::new();
    for c in text.chars().filter(char::is_ascii_alphabetic) {
        *m.entry(c.to_ascii_lowercase()).or_insert(0) += 1;
    }
    m
}

fn crack_caesar(cipher: &str) -> (i32, String) {
    const ENGLISH: &str = "etaoinshrdlcumwfgypbvkjxqz";
    let mut best = (i64::MIN, 0);
    for shift in 0..26 {
        let candidate = caesar(cipher, -shift);
        let score: i64 = candidate
            .chars()
            .filter_map(|c| ENGLISH.find(c.to_ascii_lowercase()))
            .map(|rank| 26 - rank as i64)
            .sum();
        if score > best.0 {
            best = (score, shift);
        }
    }
    (best.1, caesar(cipher, -best.1))
}

fn rot13(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' => ((b - b'a' + 13) % 26 + b'a') as char,
            b'A'..=b'Z' => ((b - b'A' + 13) % 26 + b'A') as char,
            _ => b as char,
        })
        .collect()
}

fn main() {
    let plain = "Attack at Dawn! Meet me near the old Oak tree, 3 miles north.";
    for shift in [3, -3, 13, 29, -52] {
        let enc = caesar(plain, shift);
        println!("caesar {:>+3}: {}", shift, enc);
        assert_eq!(caesar(&enc, -shift), plain);
    }
    let key = "LEMON";
    let v = vigenere(plain, key, false);
    println!("vigenere[{}]: {}", key, v);
    println!("decrypted   : {}", vigenere(&v, key, true));
    let secret = caesar("the secret password is hidden inside the treasure chest", 11);
    let (shift, guess) = crack_caesar(&secret);
    println!("cracked shift={} -> {:?}", shift, guess);
    println!("rot13 twice ok: {} / {}", rot13(&rot13(plain)) == plain, rot13("Hello, World"));
    let freq = letter_freq(plain);
    let mut top: Vec<(char, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let line: Vec<String> = top.iter().take(6).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("top letters: {}", line.join(" "));
    let reversed_words: String = plain.split(' ').map(|w| w.chars().rev().collect::<String>()).collect::<Vec<_>>().join(" ");
    println!("reversed words: {}", reversed_words);
    let atbash: String = plain.chars().map(|c| match c {
        'a'..='z' => (b'z' - (c as u8 - b'a')) as char,
        'A'..='Z' => (b'Z' - (c as u8 - b'A')) as char,
        _ => c,
    }).collect();
    println!("atbash: {}", atbash.to_uppercase());
    let checksum = plain.bytes().fold(0u16, |acc, b| acc.rotate_left(5) ^ b as u16);
    println!("checksum: {:#06x} ({:016b})", checksum, checksum);
}
