// Classic string exercises: Caesar/ROT13, run-length encoding, Atbash.
fn caesar(text: &str, shift: i32) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let base = if c.is_ascii_lowercase() { b'a' } else { b'A' };
                let off = (c as u8 - base) as i32;
                let n = (off + shift).rem_euclid(26) as u8;
                (base + n) as char
            } else {
                c
            }
        })
        .collect()
}

fn rot13(text: &str) -> String {
    caesar(text, 13)
}

fn atbash(text: &str) -> String {
    let letters: Vec<char> = text
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| if c.is_ascii_alphabetic() { (b'z' - (c as u8 - b'a')) as char } else { c })
        .collect();
    letters
        .chunks(5)
        .map(|ch| ch.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

fn rle_encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn rle_decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() { 1 } else { count.parse().unwrap() };
            out.extend(std::iter::repeat(c).take(n));
            count.clear();
        }
    }
    out
}

fn main() {
    let msg = "The Quick Brown Fox, jumps over 13 lazy dogs!";
    for shift in [1, 3, -5, 26, 52 + 2] {
        println!("{:>3}: {}", shift, caesar(msg, shift));
    }
    let r = rot13(msg);
    println!("rot13: {}", r);
    println!("back : {}", rot13(&r));
    println!("round trip ok: {}", caesar(&caesar(msg, 7), -7) == msg);
    println!("atbash: {}", atbash("Testing, 1 2 3, testing."));
    println!("atbash: {}", atbash("The quick brown fox jumps over the lazy dog."));

    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "aabcccccaaa", "", "  hsqq qww  ", "xyz"];
    for s in samples {
        let enc = rle_encode(s);
        let dec = rle_decode(&enc);
        println!("{:?} -> {:?} (ok={}, ratio={:.2})", s, enc, dec == s,
            if s.is_empty() { 0.0 } else { enc.len() as f64 / s.len() as f64 });
    }
    let freq_shift = (b'e' as i32 - b'x' as i32).rem_euclid(26);
    println!("guess shift {} -> {}", freq_shift, caesar("xqfubswhg", -freq_shift));
}
