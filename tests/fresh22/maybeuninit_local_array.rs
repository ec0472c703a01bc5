// MaybeUninit locals initialised element by element through raw pointers.
use std::mem::MaybeUninit;

#[derive(Debug)]
struct Entry {
    key: String,
    score: u32,
}

fn make_squares() -> [u64; 16] {
    let mut arr: MaybeUninit<[u64; 16]> = MaybeUninit::uninit();
    let p = arr.as_mut_ptr() as *mut u64;
    for i in 0..16 {
        unsafe { p.add(i).write((i as u64) * (i as u64)) };
    }
    unsafe { arr.assume_init() }
}

fn make_entries(names: &[&str; 4]) -> [Entry; 4] {
    let mut slots: [MaybeUninit<Entry>; 4] = [const { MaybeUninit::uninit() }; 4];
    for (i, slot) in slots.iter_mut().enumerate() {
        slot.write(Entry { key: names[i].to_uppercase(), score: (i as u32 + 1) * 25 });
    }
    // All four slots are initialised above.
    slots.map(|s| unsafe { s.assume_init() })
}

fn main() {
    let squares = make_squares();
    println!("squares = {:?}", squares);
    println!("sum = {}", squares.iter().sum::<u64>());

    let names = ["ada", "brian", "carol", "dennis"];
    let entries = make_entries(&names);
    for e in &entries {
        println!("{} -> {}", e.key, e.score);
    }

    // A single MaybeUninit local written via &raw mut on its fields.
    #[derive(Debug)]
    struct Header {
        magic: [u8; 4],
        version: u16,
        length: u32,
    }
    let mut h = MaybeUninit::<Header>::uninit();
    let hp = h.as_mut_ptr();
    unsafe {
        (&raw mut (*hp).magic).write(*b"STK1");
        (&raw mut (*hp).version).write(3);
        (&raw mut (*hp).length).write(4096);
    }
    let header = unsafe { h.assume_init() };
    println!("header = {:?}", header);
    println!("magic as text = {}", std::str::from_utf8(&header.magic).unwrap());

    // Partially used buffer: only the initialised prefix is read.
    let mut buf: [MaybeUninit<u32>; 32] = [MaybeUninit::uninit(); 32];
    let mut len = 0;
    let mut n = 27u32;
    while n != 1 && len < buf.len() {
        buf[len].write(n);
        len += 1;
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    }
    let prefix: &[u32] = unsafe { std::slice::from_raw_parts(buf.as_ptr() as *const u32, len) };
    println!("first {} collatz values from 27 = {:?}", len, prefix);
    println!("max in prefix = {}", prefix.iter().max().unwrap());

    // zeroed() is valid for integer arrays.
    let z: [i32; 8] = unsafe { MaybeUninit::zeroed().assume_init() };
    println!("zeroed = {:?}", z);
    let mut counts = z;
    for e in &entries {
        counts[e.key.len()] += 1;
    }
    println!("name-length histogram = {:?}", counts);
}
