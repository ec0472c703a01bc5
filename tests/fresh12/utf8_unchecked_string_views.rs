use std::str;

// Split ASCII-only text into words by scanning bytes, then turn the byte ranges
// back into &str without re-validating (ASCII boundaries are always char boundaries).
fn ascii_words(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        let is_word = b.is_ascii_alphanumeric();
        match (start, is_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(unsafe { str::from_utf8_unchecked(&bytes[s..i]) });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(unsafe { str::from_utf8_unchecked(&bytes[s..]) });
    }
    out
}

// Uppercase ASCII letters in place through the byte view of a String.
fn shout(s: &mut String) {
    let v = unsafe { s.as_mut_vec() };
    for b in v.iter_mut() {
        if b.is_ascii_lowercase() {
            *b -= 32;
        }
    }
}

fn from_parts(ptr: *const u8, len: usize) -> &'static str {
    // Only called with pointers into string literals, which live forever.
    unsafe { str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len)) }
}

fn main() {
    let text = "unsafe Rust: raw pointers, unions & 2 more things!";
    let words = ascii_words(text);
    println!("{} words: {:?}", words.len(), words);
    let offsets: Vec<usize> = words
        .iter()
        .map(|w| unsafe { w.as_ptr().offset_from(text.as_ptr()) } as usize)
        .collect();
    println!("word offsets {:?}", offsets);

    let mut s = String::from("héllo wörld");
    shout(&mut s);
    println!("shouted {:?} still valid: {}", s, str::from_utf8(s.as_bytes()).is_ok());

    let lit: &'static str = "static-literal-data";
    let mid = from_parts(unsafe { lit.as_ptr().add(7) }, 7);
    println!("middle of literal {:?}", mid);

    let raw_bytes = [0xE2u8, 0x82, 0xAC, b'4', b'2'];
    match str::from_utf8(&raw_bytes) {
        Ok(v) => println!("checked ok: {} ({} chars, {} bytes)", v, v.chars().count(), v.len()),
        Err(e) => println!("invalid: {}", e),
    }
    let bad = [b'o', b'k', 0xFF, b'!'];
    match str::from_utf8(&bad) {
        Ok(_) => println!("unexpected ok"),
        Err(e) => println!("bad bytes valid_up_to {}", e.valid_up_to()),
    }
    let good_prefix = unsafe { str::from_utf8_unchecked(&bad[..2]) };
    println!("prefix {:?}", good_prefix);

    let mut buf = [0u8; 16];
    let mut n = 0;
    for ch in ['a', 'é', '€', '🦀'] {
        n += ch.encode_utf8(&mut buf[n..]).len();
    }
    let built = unsafe { str::from_utf8_unchecked(&buf[..n]) };
    println!("built {:?} from {} bytes, char_indices {:?}", built, n, built.char_indices().map(|(i, _)| i).collect::<Vec<_>>());
    let owned = unsafe { String::from_utf8_unchecked(buf[..n].to_vec()) };
    println!("owned equal {}", owned == built);
}
