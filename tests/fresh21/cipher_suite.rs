use std::collections::BTreeMap;

trait Cipher {
    fn name(&self) -> String;
    fn encrypt(&self, text: &str) -> String;
    fn decrypt(&self, text: &str) -> String;
}

#[derive(Debug, Clone, Copy)]
struct Caesar { shift: u8 }

#[derive(Debug, Clone)]
struct Vigenere<'k> { key: &'k str }

#[derive(Debug, Default)]
struct Atbash;

fn shift_char(c: char, k: u8, forward: bool) -> char {
    let base = match c {
        'a'..='z' => b'a',
        'A'..='Z' => b'A',
        _ => return c,
    };
    let off = c as u8 - base;
    let k = k % 26;
    let n = if forward { (off + k) % 26 } else { (off + 26 - k) % 26 };
    (base + n) as char
}

impl Cipher for Caesar {
    fn name(&self) -> String { format!("Caesar({})", self.shift) }
    fn encrypt(&self, t: &str) -> String { t.chars().map(|c| shift_char(c, self.shift, true)).collect() }
    fn decrypt(&self, t: &str) -> String { t.chars().map(|c| shift_char(c, self.shift, false)).collect() }
}

impl<'k> Vigenere<'k> {
    fn apply(&self, t: &str, forward: bool) -> String {
        let keys: Vec<u8> = self.key.bytes().map(|b| b.to_ascii_lowercase() - b'a').collect();
        let mut i = 0;
        t.chars().map(|c| {
            if c.is_ascii_alphabetic() {
                let r = shift_char(c, keys[i % keys.len()], forward);
                i += 1;
                r
            } else { c }
        }).collect()
    }
}

impl<'k> Cipher for Vigenere<'k> {
    fn name(&self) -> String { format!("Vigenere({})", self.key) }
    fn encrypt(&self, t: &str) -> String { self.apply(t, true) }
    fn decrypt(&self, t: &str) -> String { self.apply(t, false) }
}

impl Cipher for Atbash {
    fn name(&self) -> String { "Atbash".into() }
    fn encrypt(&self, t: &str) -> String {
        t.chars().map(|c| match c {
            'a'..='z' => (b'z' - (c as u8 - b'a')) as char,
            'A'..='Z' => (b'Z' - (c as u8 - b'A')) as char,
            _ => c,
        }).collect()
    }
    fn decrypt(&self, t: &str) -> String { self.encrypt(t) }
}

fn letter_counts(t: &str) -> BTreeMap<char, usize> {
    let mut m = BTreeMap::new();
    for c in t.chars().filter(|c| c.is_ascii_alphabetic()) { *m.entry(c.to_ascii_lowercase()).or_insert(0) += 1; }
    m
}

fn crack_caesar(cipher: &str) -> (u8, String) {
    let score = |s: &str| -> usize {
        s.to_lowercase().split_whitespace().filter(|w| ["the", "and", "of", "to", "is", "a"].contains(w)).count()
    };
    (0..26u8)
        .map(|k| { let p = Caesar { shift: k }.decrypt(cipher); (score(&p), k, p) })
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, k, p)| (k, p))
        .unwrap()
}

fn main() {
    let plain = "Attack at Dawn, meet me by the old Mill!";
    let key = String::from("Lemon");
    let ciphers: Vec<Box<dyn Cipher + '_>> = vec![
        Box::new(Caesar { shift: 3 }),
        Box::new(Caesar { shift: 29 }),
        Box::new(Vigenere { key: &key }),
        Box::new(Atbash),
    ];
    for c in &ciphers {
        let enc = c.encrypt(plain);
        let dec = c.decrypt(&enc);
        println!("{:<16} {}", c.name(), enc);
        println!("{:<16} ok={}", "", dec == plain);
    }
    let chained = ciphers.iter().fold(plain.to_string(), |acc, c| c.encrypt(&acc));
    println!("chained: {}", chained);
    let unchained = ciphers.iter().rev().fold(chained.clone(), |acc, c| c.decrypt(&acc));
    println!("unchained: {}", unchained);
    let secret = Caesar { shift: 11 }.encrypt("the cat is on the roof and the dog is in the yard");
    println!("secret: {}", secret);
    let (k, guess) = crack_caesar(&secret);
    println!("cracked with shift {}: {}", k, guess);
    let counts = letter_counts(&secret);
    let top: Vec<String> = counts.iter().filter(|&(_, &n)| n >= 4).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("frequent letters: {}", top.join(" "));
    println!("{:?}", Vigenere { key: "abc" });
    println!("{:?} {:?}", shift_char('z', 1, true), shift_char('A', 1, false));
}
