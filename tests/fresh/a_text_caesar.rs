// Caesar and Vigenere ciphers with char arithmetic; frequency analysis to crack the Caesar shift.
fn shift_char(c: char, k: i32) -> char {
    match c {
        'a'..='z' | 'A'..='Z' => {
            let base = if c.is_ascii_lowercase() { b'a' } else { b'A' } as i32;
            (((c as i32 - base + k).rem_euclid(26)) + base) as u8 as char
        }
        _ => c,
    }
}

fn caesar(s: &str, k: i32) -> String {
    s.chars().map(|c| shift_char(c, k)).collect()
}

fn vigenere(s: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<i32> = key.bytes().map(|b| (b.to_ascii_lowercase() - b'a') as i32).collect();
    let mut i = 0;
    s.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let k = shifts[i % shifts.len()];
                i += 1;
                shift_char(c, if decrypt { -k } else { k })
            } else {
                c
            }
        })
        .collect()
}

fn crack(cipher: &str) -> i32 {
    // English letter frequencies (percent) for a..z
    const FREQ: [f64; 26] = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074];
    let mut counts = [0usize; 26];
    for b in cipher.bytes().filter(u8::is_ascii_alphabetic) {
        counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    let total: usize = counts.iter().sum();
    (0..26)
        .map(|k| {
            let chi: f64 = (0..26)
                .map(|i| {
                    let observed = counts[(i + k) % 26] as f64;
                    let expected = FREQ[i] / 100.0 * total as f64;
                    (observed - expected).powi(2) / expected
                })
                .sum();
            (k as i32, chi)
        })
        .min_by(|a, b| a.1.partial_cmp(&b.1).unwrap())
        .unwrap()
        .0
}

fn main() {
    let msg = "Meet me at the old oak tree at Midnight, and bring the map!";
    for k in [3, 13, -1, 29] {
        let enc = caesar(msg, k);
        println!("k={:>3}: {}", k, enc);
        assert_eq!(caesar(&enc, -k), msg);
    }
    let secret = caesar("It is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife", 11);
    let guess = crack(&secret);
    println!("cracked shift: {} -> {}", guess, caesar(&secret, -guess));

    let v = vigenere(msg, "Lemon", false);
    println!("vigenere: {}", v);
    println!("decrypted: {}", vigenere(&v, "LEMON", true));
    let rot13_twice = caesar(&caesar("Hello, World", 13), 13);
    println!("rot13 twice: {}", rot13_twice);
    let letters_only: String = msg.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
    let groups: Vec<String> = letters_only.as_bytes().chunks(5).map(|c| String::from_utf8(c.to_vec()).unwrap()).collect();
    println!("grouped: {}", groups.join(" "));
}
