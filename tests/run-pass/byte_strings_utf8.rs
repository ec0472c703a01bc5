use std::str;
fn main() {
    let bs = b"hi\x00\xff";
    println!("{:?} {}", bs, bs.len());
    let same = b"hi\x00\xff";
    println!("{}", std::ptr::eq(bs, same));
    for (i, case) in [&b"ok"[..], b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98\x80!", b"ab\xc3"].iter().enumerate() {
        match str::from_utf8(case) {
            Ok(s) => println!("{i}: ok {s}"),
            Err(e) => println!("{i}: {:?}", e),
        }
    }
}
