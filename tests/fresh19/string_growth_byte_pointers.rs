// Building a String and viewing its bytes through raw pointers.
// Every time the String may have grown, the pointer is taken again.
use std::slice;

fn word_offsets(text: &str) -> Vec<(usize, usize)> {
    // returns (byte offset, length) for each word, using pointer differences
    let base = text.as_ptr();
    text.split_whitespace()
        .map(|w| {
            let off = unsafe { w.as_ptr().offset_from(base) } as usize;
            (off, w.len())
        })
        .collect()
}

fn main() {
    let mut s = String::with_capacity(4);
    let pieces = ["raw", " pointers", " are", " fun", " but", " tricky"];
    for piece in pieces {
        s.push_str(piece);
        // fresh pointer after the push
        let p = s.as_ptr();
        let bytes = unsafe { slice::from_raw_parts(p, s.len()) };
        let last = bytes[bytes.len() - 1] as char;
        println!("len {:2} last byte '{}' cap>=len {}", s.len(), last, s.capacity() >= s.len());
    }

    for (off, len) in word_offsets(&s) {
        println!("word at byte {:2} len {} -> {}", off, len, &s[off..off + len]);
    }

    // uppercase the first letter of every word in place through a raw pointer.
    // ASCII-only changes keep the string valid UTF-8.
    let offsets = word_offsets(&s);
    let len = s.len();
    unsafe {
        let v = s.as_mut_vec();
        let p = v.as_mut_ptr();
        for (off, _) in &offsets {
            let b = p.add(*off);
            *b = (*b).to_ascii_uppercase();
        }
        assert!(len == v.len());
    }
    println!("capitalised: {}", s);

    // copy bytes between two strings with copy_nonoverlapping
    let src = String::from("HELLO");
    let mut dst = String::from("hello world");
    unsafe {
        let d = dst.as_mut_vec();
        std::ptr::copy_nonoverlapping(src.as_ptr(), d.as_mut_ptr().add(6), 5);
    }
    println!("patched: {}", dst);

    // find a multi-byte char boundary with pointer math
    let text = "añb€c";
    let start = text.as_ptr();
    for (i, ch) in text.char_indices() {
        let p = unsafe { start.add(i) };
        let dist = p as usize - start as usize;
        println!("char {:?} starts at {} ({} bytes)", ch, dist, ch.len_utf8());
    }
    let from_raw = unsafe { std::str::from_utf8(slice::from_raw_parts(start.add(1), 2)) };
    println!("bytes 1..3 as str: {:?}", from_raw);
}
