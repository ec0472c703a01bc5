use std::mem::size_of;

fn describe(s: &str) {
    println!(
        "{:?}: bytes={} chars={} first_byte={:?}",
        s,
        s.len(),
        s.chars().count(),
        s.as_bytes().first()
    );
}

fn main() {
    println!("String handle = {} bytes, &str = {} bytes", size_of::<String>(), size_of::<&str>());

    let mut s = String::new();
    println!("new: len={} cap={}", s.len(), s.capacity());
    for word in ["a", "bc", "def", "ghij", "klmno", "pqrstu"] {
        s.push_str(word);
        println!("push_str {:<7} len={:>2} cap={:>2}", word, s.len(), s.capacity());
    }
    s.push('!');
    println!("push '!' len={} cap={}", s.len(), s.capacity());
    s.truncate(5);
    println!("truncate(5) -> {:?} len={} cap={}", s, s.len(), s.capacity());
    s.shrink_to_fit();
    println!("shrink_to_fit -> len={} cap={}", s.len(), s.capacity());

    let mut pre = String::with_capacity(3);
    println!("with_capacity(3): cap={}", pre.capacity());
    pre.push('é');
    println!("push 'é': len={} cap={}", pre.len(), pre.capacity());
    pre.push('€');
    println!("push '€': len={} cap={}", pre.len(), pre.capacity());
    pre.reserve(10);
    println!("reserve(10): len={} cap={}", pre.len(), pre.capacity());

    println!("-- chars --");
    for c in ['A', 'ß', 'é', '€', '中', '😀', '\n'] {
        let mut buf = [0u8; 4];
        let encoded = c.encode_utf8(&mut buf);
        println!(
            "{:?} U+{:04X} = {} len_utf8={} len_utf16={} bytes={:?}",
            c,
            c as u32,
            c as u32,
            c.len_utf8(),
            c.len_utf16(),
            encoded.as_bytes()
        );
    }

    println!("-- strings --");
    describe("hello");
    describe("héllo");
    describe("日本語");
    describe("🦀 rust");
    describe("");

    let mixed = "aé中😀";
    for (idx, ch) in mixed.char_indices() {
        println!("char {:?} starts at byte {}", ch, idx);
    }
    println!("is_char_boundary(2)={} (3)={}", mixed.is_char_boundary(2), mixed.is_char_boundary(3));
    let middle = &mixed[1..6];
    println!("slice [1..6] = {:?} len={}", middle, middle.len());

    let owned: String = mixed.chars().rev().collect();
    println!("reversed = {:?} len={} cap>=len? {}", owned, owned.len(), owned.capacity() >= owned.len());

    let upper = "straße".to_uppercase();
    println!("to_uppercase(straße) = {:?} bytes {} -> {}", upper, "straße".len(), upper.len());

    let bytes = "€".as_bytes();
    println!("euro bytes hex = {:02x} {:02x} {:02x}", bytes[0], bytes[1], bytes[2]);
    let back = std::str::from_utf8(bytes).unwrap();
    println!("from_utf8 back = {:?}", back);
    let bad = std::str::from_utf8(&bytes[..2]);
    println!("from_utf8 of 2 bytes is_err = {}", bad.is_err());

    let v: Vec<u8> = String::from("xyz").into_bytes();
    println!("into_bytes = {:?} cap={}", v, v.capacity());
    let rebuilt = String::from_utf8(v).unwrap();
    println!("rebuilt = {:?} cap={}", rebuilt, rebuilt.capacity());
}
