/// Splits a byte buffer into length-prefixed records: [len][payload...]
fn records(buf: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < buf.len() {
        let len = buf[pos] as usize;
        let payload = &buf[pos + 1..pos + 1 + len];
        out.push(payload);
        pos += 1 + len;
    }
    out
}

fn show(buf: &[u8]) {
    println!("buffer of {} bytes", buf.len());
    for (i, r) in records(buf).iter().enumerate() {
        println!("  record {i}: {:?}", String::from_utf8_lossy(r));
    }
}

fn main() {
    let good = [3, b'a', b'b', b'c', 0, 2, b'h', b'i'];
    show(&good);
    let mut bad = vec![5, b'h', b'e', b'l', b'l', b'o', 6];
    bad.extend_from_slice(b"wor");
    show(&bad);
    println!("done");
}
