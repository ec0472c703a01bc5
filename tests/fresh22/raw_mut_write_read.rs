// &raw mut / &raw const, ptr::write and ptr::read on locals, used correctly.
use std::ptr;

#[derive(Debug, Clone, PartialEq)]
struct Packet {
    id: u32,
    payload: [u8; 6],
    tag: String,
}

fn fill_via_ptr(p: *mut u8, len: usize, start: u8) {
    for i in 0..len {
        unsafe { p.add(i).write(start + i as u8) };
    }
}

fn main() {
    let mut n: i32 = 5;
    let pn = &raw mut n;
    unsafe {
        *pn += 10;
        ptr::write(pn, ptr::read(pn) * 2);
    }
    println!("n = {}", n);

    let mut pkt = Packet { id: 1, payload: [0; 6], tag: String::from("init") };
    let pid = &raw mut pkt.id;
    let ppay = &raw mut pkt.payload;
    unsafe {
        *pid = 42;
        fill_via_ptr(ppay as *mut u8, 6, b'a');
    }
    println!("pkt = {:?}", pkt);
    println!("payload as text = {}", std::str::from_utf8(&pkt.payload).unwrap());

    // Replacing a String field through ptr::read + ptr::write (manual move).
    let ptag = &raw mut pkt.tag;
    unsafe {
        let old: String = ptr::read(ptag);
        let new = format!("{}-updated", old);
        ptr::write(ptag, new);
        // `old` was moved out, write replaced it without dropping: no leak, no double free
        println!("old tag was {:?}", old);
    }
    println!("tag now {:?}", pkt.tag);

    // Reading Copy fields through &raw const while the value is live.
    let id_copy: u32 = unsafe { ptr::read(&raw const pkt.id) };
    let pay_copy: [u8; 6] = unsafe { ptr::read(&raw const pkt.payload) };
    println!("copied id={} payload={:?}", id_copy, pay_copy);
    let tag_ref: &String = unsafe { &*(&raw const pkt.tag) };
    println!("tag via raw->ref = {}", tag_ref);

    // Array of locals accessed via a raw pointer loop.
    let mut vals = [0u64; 10];
    let base = &raw mut vals as *mut u64;
    for i in 0..10 {
        unsafe {
            ptr::write(base.add(i), (i as u64 + 1) * 11);
        }
    }
    let mut sum = 0;
    for i in 0..10 {
        sum += unsafe { ptr::read(base.add(i)) };
    }
    println!("vals = {:?}, sum = {}", vals, sum);

    // ptr::replace returns the old value.
    let mut word = String::from("alpha");
    let old_word = unsafe { ptr::replace(&raw mut word, String::from("beta")) };
    println!("replaced {:?} with {:?}", old_word, word);

    let pairs = [(1u16, 'x'), (2, 'y'), (3, 'z')];
    let pp = pairs.as_ptr();
    for i in 0..pairs.len() {
        let (num, ch) = unsafe { *pp.add(i) };
        println!("pair {}: {} {}", i, num, ch);
    }
    let last = unsafe { &*pp.add(pairs.len() - 1) };
    println!("last pair via reference = {:?}", last);
}
