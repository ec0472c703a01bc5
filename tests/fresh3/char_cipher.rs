use std::collections::BTreeMap;

fn caesar(s: &str, shift: i32) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let base = if c.is_ascii_lowercase() { b'a' } else { b'A' } as i32;
                let off = (c as i32 - base + shift).rem_euclid(26);
                char::from_u32((base + off) as u32).unwrap()
            } else {
                c
            }
        })
        .collect()
}

fn vigenere(s: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<i32> = key.bytes().map(|b| (b.to_ascii_lowercase() - b'a') as i32).collect();
    let mut i = 0;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            let k = shifts[i % shifts.len()];
            out.push_str(&caesar(&c.to_string(), if decrypt { -k } else { k }));
            i += 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn luhn(number: &str) -> Result<bool, char> {
    let digits: Vec<u32> = number
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10).ok_or(c))
        .collect::<Result<_, _>>()?;
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    Ok(digits.len() > 1 && sum % 10 == 0)
}

fn to_base(mut n: u32, radix: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let mut ds = Vec::new();
    while n > 0 {
        ds.push(char::from_digit(n % radix, radix).unwrap());
        n /= radix;
    }
    ds.iter().rev().collect()
}

fn main() {
    let msg = "Attack at Dawn, 5 o'clock!";
    let enc = caesar(msg, 3);
    println!("{} -> {} -> {}", msg, enc, caesar(&enc, -3));
    println!("rot13 twice: {}", caesar(&caesar("Hello", 13), 13));
    let v = vigenere(msg, "LEMON", false);
    println!("vigenere: {} | back: {}", v, vigenere(&v, "lemon", true));

    let mut classes: BTreeMap<&str, String> = BTreeMap::new();
    for c in "Rust 2024: fast, safe & fun! ¿Qué? ñ_9".chars() {
        let class = match c {
            c if c.is_ascii_digit() => "digit",
            c if c.is_ascii_punctuation() => "punct",
            c if c.is_whitespace() => "space",
            c if c.is_alphabetic() && !c.is_ascii() => "unicode-alpha",
            c if c.is_alphanumeric() => "alnum",
            _ => "other",
        };
        classes.entry(class).or_default().push(c);
    }
    for (k, v) in &classes {
        println!("{:>14}: {:?}", k, v);
    }

    for n in ["4539 1488 0343 6467", "8273 1232 7352 0569", "0", "12a4"] {
        match luhn(n) {
            Ok(valid) => println!("{:<22} valid={}", n, valid),
            Err(c) => println!("{:<22} bad char {:?} (U+{:04X})", n, c, c as u32),
        }
    }
    for (n, r) in [(255, 16), (255, 2), (1295, 36), (0, 8), (100, 7)] {
        println!("{} in base {} = {}", n, r, to_base(n, r));
    }
    let letters: String = ('a'..='z').step_by(5).collect();
    println!("{}", letters);
    let shifted: Vec<char> = "az".chars().map(|c| ((c as u8) + 1) as char).collect();
    println!("{:?} {:?} {:?}", shifted, char::from_u32(0x1F600).is_some(), char::from_u32(0xD800));
    println!("{} {} {}", 'ß'.to_uppercase(), 'İ'.to_lowercase().count(), 'x'.to_ascii_uppercase());
    println!("{:?}", "9z".chars().map(|c| c.to_digit(36)).collect::<Vec<_>>());
    println!("{} {}", 'A' < 'a', ('a' as u8 - b'A'));
    let counts = "mississippi".chars().fold([0u32; 26], |mut acc, c| { acc[(c as u8 - b'a') as usize] += 1; acc });
    let summary: Vec<String> = counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| format!("{}{}", (b'a' + i as u8) as char, n)).collect();
    println!("{}", summary.concat());
    println!("{:?} {:?}", 'é'.escape_unicode().to_string(), "tab\there".escape_default().to_string());
}
