// Character classification and conversion for a tokenizer report.
fn main() {
    let sample = "Grüße, Ωmega 42! ⅞ \t\u{7f}ß";
    for c in sample.chars() {
        println!("{:?} U+{:04X}: alpha={} num={} alnum={} ws={} ctrl={} lower={} upper={} ascii={} len8={} len16={}",
            c, c as u32, c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(), c.is_control(),
            c.is_lowercase(), c.is_uppercase(), c.is_ascii(), c.len_utf8(), c.len_utf16());
        let up: String = c.to_uppercase().collect();
        let low: String = c.to_lowercase().collect();
        println!("  up={up} low={low} esc_default={} esc_debug={} esc_unicode={}", c.escape_default(), c.escape_debug(), c.escape_unicode());
    }
    for c in ['a', 'Z', '7', '#', ' ', '\n', '~', 'é'] {
        println!("{:?}: a={} u={} l={} an={} d={} x={} p={} g={} w={} c={} up={} low={}",
            c, c.is_ascii_alphabetic(), c.is_ascii_uppercase(), c.is_ascii_lowercase(), c.is_ascii_alphanumeric(), c.is_ascii_digit(),
            c.is_ascii_hexdigit(), c.is_ascii_punctuation(), c.is_ascii_graphic(), c.is_ascii_whitespace(), c.is_ascii_control(),
            c.to_ascii_uppercase(), c.to_ascii_lowercase());
    }
    let mut m = 'q';
    m.make_ascii_uppercase();
    let mut n = 'Q';
    n.make_ascii_lowercase();
    println!("{m} {n} eq_ignore={}", 'k'.eq_ignore_ascii_case(&'K'));
    println!("digits: {:?} {:?} {:?} {} {}", 'f'.to_digit(16), 'z'.to_digit(36), '9'.to_digit(8), '7'.is_digit(10), 'b'.is_digit(11));
    println!("from: {:?} {:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), char::from_digit(7, 10), char::from_digit(11, 16));
    println!("from_unchecked: {}", unsafe { char::from_u32_unchecked(0x263A) });
    let mut buf8 = [0u8; 4];
    let s = 'ß'.encode_utf8(&mut buf8);
    println!("utf8 {} {:?}", s, s.as_bytes());
    let mut buf16 = [0u16; 2];
    let units = '😀'.encode_utf16(&mut buf16);
    println!("utf16 {:x?}", units);
    let words: Vec<u16> = vec![0x48, 0x69, 0xD83D, 0xDE00, 0xDC00, 0x21];
    for r in char::decode_utf16(words.iter().copied()) {
        match r {
            Ok(c) => println!("decoded {c:?}"),
            Err(e) => println!("error {e} ({:#x})", e.unpaired_surrogate()),
        }
    }
    let lossy: String = std::char::decode_utf16(words).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    println!("lossy {lossy}");
    let caps: String = "hello world".split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().chain(cs).collect::<String>(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{caps}");
    println!("{}", char::from_digit(40, 10).unwrap());
}
