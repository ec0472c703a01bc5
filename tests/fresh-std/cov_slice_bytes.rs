// Byte-level helpers for a protocol parser: ASCII handling, UTF-8 chunks, MaybeUninit buffers.
use std::mem::MaybeUninit;

fn main() {
    let raw: &[u8] = b"  GET /index.html HTTP/1.1\r\n";
    println!("trim_ascii={:?}", std::str::from_utf8(raw.trim_ascii()).unwrap());
    println!("trim_start={:?} trim_end={:?}", raw.trim_ascii_start().len(), raw.trim_ascii_end().len());
    println!("is_ascii={} {}", raw.is_ascii(), "é".as_bytes().is_ascii());
    println!("eq_ignore={} {}", b"Host".eq_ignore_ascii_case(b"HOST"), b"a".eq_ignore_ascii_case(b"ab"));
    println!("upper={:?} lower={:?}", String::from_utf8(b"MiXeD".to_ascii_uppercase()).unwrap(), String::from_utf8(b"MiXeD".to_ascii_lowercase()).unwrap());
    let mut header = *b"content-TYPE";
    header.make_ascii_uppercase();
    println!("make upper {:?}", std::str::from_utf8(&header).unwrap());
    header.make_ascii_lowercase();
    println!("make lower {:?}", std::str::from_utf8(&header).unwrap());
    let weird: &[u8] = b"tab\there\n\"q\" \x00\x7f\xff";
    println!("escape_ascii={}", weird.escape_ascii());
    println!("escape count={}", weird.escape_ascii().count());
    println!("byte escape={} {}", b'\n'.escape_ascii(), 0x9du8.escape_ascii());
    let collected: String = b"\x01a".escape_ascii().map(|b| b as char).collect();
    println!("collected={collected}");
    let mixed: &[u8] = b"ok \xF0\x9F\x98\x80 bad:\xC3\x28 end\xE2\x82";
    for chunk in mixed.utf8_chunks() {
        println!("chunk valid={:?} invalid={:?}", chunk.valid(), chunk.invalid());
    }
    let lossy: String = mixed.utf8_chunks().map(|c| if c.invalid().is_empty() { c.valid().to_string() } else { format!("{}?", c.valid()) }).collect();
    println!("lossy={lossy}");
    let mut buf = [MaybeUninit::<u16>::uninit(); 4];
    let init = buf.write_copy_of_slice(&[1, 2, 3, 4]);
    init[0] = 10;
    println!("write_copy={:?}", unsafe { buf.assume_init_ref() });
    unsafe { buf.assume_init_mut()[3] = 40; }
    println!("assume_init_mut={:?}", unsafe { buf.assume_init_ref() });
    let mut names: [MaybeUninit<String>; 2] = [MaybeUninit::uninit(), MaybeUninit::uninit()];
    let written = names.write_clone_of_slice(&["alpha".to_string(), "beta".to_string()]);
    written[1].push('!');
    println!("write_clone={:?}", unsafe { names.assume_init_ref() });
    unsafe { names.assume_init_drop(); }
    println!("dropped");
    let idx = raw.len() + 2;
    println!("{}", raw[idx]);
}
