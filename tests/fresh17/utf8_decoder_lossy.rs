use std::collections::BTreeMap;

fn classify(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_ascii_alphabetic() {
        "ascii-letter"
    } else if c.is_alphabetic() {
        "letter"
    } else if c.is_whitespace() {
        "space"
    } else if c.is_ascii_punctuation() {
        "punct"
    } else {
        "other"
    }
}

fn describe_bytes(label: &str, bytes: &[u8]) {
    match String::from_utf8(bytes.to_vec()) {
        Ok(s) => println!("{:<10} ok    {:?} ({} bytes, {} chars)", label, s, s.len(), s.chars().count()),
        Err(e) => {
            let err = e.utf8_error();
            println!(
                "{:<10} error valid_up_to={} error_len={:?} msg=\"{}\"",
                label,
                err.valid_up_to(),
                err.error_len(),
                err
            );
            let recovered = e.into_bytes();
            let lossy = String::from_utf8_lossy(&recovered);
            let replaced = lossy.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
            println!("{:<10} lossy={:?} replacements={}", "", lossy, replaced);
        }
    }
}

fn main() {
    let text = "Grüße, 世界! café №7 🦀\tend";
    println!("text: {}", text);
    println!("len bytes={} chars={}", text.len(), text.chars().count());
    for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!(
            "  byte {:>2}: {:?} U+{:04X} len_utf8={} utf16={} upper={:?}",
            i,
            c,
            c as u32,
            c.len_utf8(),
            c.len_utf16(),
            c.to_uppercase().collect::<String>()
        );
    }
    let mut classes: BTreeMap<&str, Vec<char>> = BTreeMap::new();
    for c in text.chars() {
        classes.entry(classify(c)).or_default().push(c);
    }
    for (k, v) in &classes {
        println!("  {:<13} {:>2} {:?}", k, v.len(), v.iter().collect::<String>());
    }

    describe_bytes("valid", "héllo".as_bytes());
    describe_bytes("lone-ff", &[b'a', b'b', 0xff, b'c']);
    describe_bytes("truncated", &[0x68, 0x69, 0xe4, 0xb8]);
    describe_bytes("overlong", &[0xc0, 0xaf, b'!', 0xed, 0xa0, 0x80]);
    describe_bytes("mixed", &[0xf0, 0x9f, 0xa6, 0x80, 0x80, b' ', 0xe2, 0x82, 0xac]);

    let bytes = text.as_bytes();
    let cut = &bytes[..4];
    println!("first 4 bytes: {:?} -> {:?}", cut, String::from_utf8_lossy(cut));
    println!("is_char_boundary(3)={} (4)={}", text.is_char_boundary(3), text.is_char_boundary(4));
    let safe: String = text.chars().take(4).collect();
    println!("first 4 chars: {:?}", safe);

    for code in [0x41u32, 0xE9, 0x4E16, 0x1F980, 0xD800, 0x110000, 0x10FFFF] {
        match char::from_u32(code) {
            Some(c) => println!("from_u32({:#07x}) = {:?} escape={}", code, c, c.escape_unicode()),
            None => println!("from_u32({:#07x}) = None", code),
        }
    }
    let rev: String = "añb🦀c".chars().rev().collect();
    println!("reversed: {:?}", rev);
    let ascii_upper: String = text.bytes().filter(|b| b.is_ascii_alphabetic()).map(|b| (b as char).to_ascii_uppercase()).collect();
    println!("ascii letters upper: {}", ascii_upper);
    println!("escape_default: {}", "tab\t\"q\" é\n".escape_default());
    println!("escape_debug:   {}", "tab\t\"q\" é\n".escape_debug());
    println!("to_uppercase ß: {} / lowercase İ len: {}", "straße".to_uppercase(), "İ".to_lowercase().len());
    let utf16: Vec<u16> = "a🦀".encode_utf16().collect();
    println!("utf16 units: {:x?} -> {:?}", utf16, String::from_utf16(&utf16));
}
