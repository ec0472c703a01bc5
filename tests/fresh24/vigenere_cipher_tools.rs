use std::collections::HashMap;

trait Cipher {
    fn encrypt(&self, text: &str) -> String;
    fn decrypt(&self, text: &str) -> String;
    fn label(&self) -> String;
}

fn shift_char(c: char, k: i32) -> char {
    if !c.is_ascii_alphabetic() {
        return c;
    }
    let base = if c.is_ascii_lowercase() { b'a' } else { b'A' } as i32;
    let off = (c as i32 - base + k).rem_euclid(26);
    char::from_u32((base + off) as u32).unwrap()
}

struct Caesar(i32);

struct Vigenere {
    key: Vec<i32>,
}

struct Atbash;

impl Cipher for Caesar {
    fn encrypt(&self, t: &str) -> String { t.chars().map(|c| shift_char(c, self.0)).collect() }
    fn decrypt(&self, t: &str) -> String { t.chars().map(|c| shift_char(c, -self.0)).collect() }
    fn label(&self) -> String { format!("caesar({})", self.0) }
}

impl Vigenere {
    fn new(key: &str) -> Option<Self> {
        let key: Vec<i32> = key.chars().filter(char::is_ascii_alphabetic).map(|c| (c.to_ascii_lowercase() as u8 - b'a') as i32).collect();
        if key.is_empty() { None } else { Some(Vigenere { key }) }
    }
    fn apply(&self, t: &str, sign: i32) -> String {
        let mut i = 0;
        t.chars()
            .map(|c| {
                if c.is_ascii_alphabetic() {
                    let k = self.key[i % self.key.len()];
                    i += 1;
                    shift_char(c, sign * k)
                } else {
                    c
                }
            })
            .collect()
    }
}

impl Cipher for Vigenere {
    fn encrypt(&self, t: &str) -> String { self.apply(t, 1) }
    fn decrypt(&self, t: &str) -> String { self.apply(t, -1) }
    fn label(&self) -> String {
        let k: String = self.key.iter().map(|&k| (b'a' + k as u8) as char).collect();
        format!("vigenere({})", k)
    }
}

impl Cipher for Atbash {
    fn encrypt(&self, t: &str) -> String {
        t.chars()
            .map(|c| match c {
                'a'..='z' => (b'z' - (c as u8 - b'a')) as char,
                'A'..='Z' => (b'Z' - (c as u8 - b'A')) as char,
                _ => c,
            })
            .collect()
    }
    fn decrypt(&self, t: &str) -> String { self.encrypt(t) }
    fn label(&self) -> String { "atbash".into() }
}

fn letter_freq(t: &str) -> [u32; 26] {
    let mut f = [0u32; 26];
    for c in t.chars().filter(|c| c.is_ascii_alphabetic()) {
        f[(c.to_ascii_lowercase() as u8 - b'a') as usize] += 1;
    }
    f
}

fn crack_caesar(ct: &str) -> (i32, String) {
    const ENGLISH: &str = "etaoinshrdlu";
    let score = |s: &str| -> usize {
        s.chars().filter(|c| ENGLISH.contains(c.to_ascii_lowercase())).count()
    };
    (0..26)
        .map(|k| (k, Caesar(k).decrypt(ct)))
        .max_by_key(|(k, s)| (score(s), -k))
        .unwrap()
}

fn main() {
    let msg = "Meet me at the Old Bridge at Nine, bring 2 maps!";
    let ciphers: Vec<Box<dyn Cipher>> = vec![Box::new(Caesar(3)), Box::new(Caesar(-29)), Box::new(Atbash), Box::new(Vigenere::new("Lemon").unwrap())];
    for c in &ciphers {
        let e = c.encrypt(msg);
        let d = c.decrypt(&e);
        println!("{:<16} {}", c.label(), e);
        assert_eq!(d, msg, "roundtrip failed for {}", c.label());
    }
    println!("vigenere with no letters: {}", Vigenere::new("123 !").map_or("rejected".into(), |v| v.label()));

    let secret = Caesar(11).encrypt("the quick brown fox jumps over the lazy dog and then sleeps");
    let (k, plain) = crack_caesar(&secret);
    println!("cracked key {}: {}", k, plain);

    let freq = letter_freq(msg);
    let mut top: Vec<(char, u32)> = freq.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| ((b'a' + i as u8) as char, *n)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top3: Vec<String> = top.iter().take(3).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("top letters: {}", top3.join(" "));

    let mut by_first: HashMap<char, Vec<&str>> = HashMap::new();
    for w in msg.split_whitespace() {
        let first = w.chars().next().unwrap().to_ascii_lowercase();
        by_first.entry(first).or_default().push(w);
    }
    let mut keys: Vec<_> = by_first.keys().copied().collect();
    keys.sort_unstable();
    for k in keys.iter().filter(|k| by_first[k].len() > 1) {
        println!("{} -> {:?}", k, by_first[k]);
    }
}
