fn main() {
    let mut raw: Vec<u8> = Vec::with_capacity(12);
    raw.extend_from_slice(b"hi ");
    unsafe { raw.set_len(12) };
    println!("raw len = {}", raw.len());
    match String::from_utf8(raw) {
        Ok(s) => println!("text: {}", s),
        Err(e) => println!("not utf8: {}", e),
    }
}
