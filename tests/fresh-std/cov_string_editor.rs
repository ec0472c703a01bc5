// A tiny line editor built on String's mutation API.
fn show(label: &str, s: &String) {
    println!("{label}: {:?} len={} cap={}", s, s.len(), s.capacity());
}

fn main() {
    let mut line = String::new();
    show("new", &line);
    line.push_str("hello");
    line.push(' ');
    line.push('w');
    line.insert_str(6, "big ");
    line.insert(0, '>');
    show("edited", &line);
    let mut buf = String::with_capacity(4);
    buf.push_str("abc");
    buf.reserve(10);
    show("reserve", &buf);
    buf.reserve_exact(30);
    show("reserve_exact", &buf);
    buf.shrink_to(8);
    show("shrink_to", &buf);
    buf.shrink_to_fit();
    show("shrink_to_fit", &buf);
    println!("try_reserve {:?} {:?}", buf.try_reserve(2).is_ok(), buf.try_reserve_exact(usize::MAX).is_err());
    println!("pop={:?} remove={:?}", line.pop(), line.remove(0));
    line.truncate(5);
    show("truncate", &line);
    let tail = line.split_off(2);
    println!("split_off: {:?} {:?}", line, tail);
    let mut text = String::from("The quick brown fox");
    let drained: String = text.drain(4..10).collect();
    println!("drain: {:?} rest={:?}", drained, text);
    {
        let mut d = text.drain(..4);
        println!("drain as_str={:?}", d.as_str());
        println!("next={:?} back={:?}", d.next(), d.next_back());
    }
    println!("after partial drain: {:?}", text);
    text.replace_range(0..5, "A red");
    println!("replace_range: {:?}", text);
    text.retain(|c| !"aeiou".contains(c));
    println!("retain: {:?}", text);
    text.extend_from_within(1..3);
    println!("extend_from_within: {:?}", text);
    println!("as_str={:?} as_bytes={:?}", text.as_str(), &text.as_bytes()[..3]);
    text.as_mut_str().make_ascii_uppercase();
    unsafe {
        text.as_mut_vec().push(b'!');
    }
    println!("as_mut: {:?}", text);
    let bytes = text.clone().into_bytes();
    println!("into_bytes {:?}", &bytes[..4]);
    println!("from_utf8 ok={:?}", String::from_utf8(vec![0xE2, 0x82, 0xAC]));
    match String::from_utf8(vec![b'a', 0xFF, b'b']) {
        Ok(s) => println!("unexpected {s}"),
        Err(e) => println!("from_utf8 err: {} valid_up_to={} bytes={:?}", e, e.utf8_error().valid_up_to(), e.as_bytes()),
    }
    println!("lossy={}", String::from_utf8_lossy(b"ok\xF0\x90\x80 done"));
    println!("unchecked={}", unsafe { String::from_utf8_unchecked(b"raw".to_vec()) });
    let utf16: Vec<u16> = "héllo 😀".encode_utf16().collect();
    println!("utf16={:?}", utf16);
    println!("from_utf16={:?}", String::from_utf16(&utf16));
    println!("from_utf16 bad={:?}", String::from_utf16(&[0xD800, 0x61]).map_err(|e| e.to_string()));
    println!("from_utf16_lossy={}", String::from_utf16_lossy(&[0x68, 0xDC00, 0x69]));
    let s = String::from("parts");
    let (ptr, len, cap) = s.into_raw_parts();
    let back = unsafe { String::from_raw_parts(ptr, len, cap) };
    println!("raw parts: {} {} {}", back, len, cap);
    let boxed: Box<str> = back.into_boxed_str();
    println!("boxed={} len={}", boxed, boxed.len());
    let leaked: &'static mut str = String::from("leak").leak();
    leaked.make_ascii_uppercase();
    println!("leaked={leaked}");
    let mut cleared = String::from("gone");
    cleared.clear();
    println!("clear: empty={} len={}", cleared.is_empty(), cleared.len());
    let mut s = String::from("héllo");
    s.truncate(2);
}
