// Initialising arrays element by element through raw pointers with MaybeUninit.
use std::mem::MaybeUninit;
use std::ptr;

#[derive(Debug)]
struct Slot {
    id: usize,
    name: String,
}

fn make_squares<const N: usize>() -> [u64; N] {
    let mut arr: [MaybeUninit<u64>; N] = [const { MaybeUninit::uninit() }; N];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write((i as u64) * (i as u64));
    }
    // SAFETY: every element was written above
    unsafe { ptr::read(arr.as_ptr() as *const [u64; N]) }
}

fn make_slots() -> [Slot; 4] {
    let mut raw: MaybeUninit<[Slot; 4]> = MaybeUninit::uninit();
    let base = raw.as_mut_ptr() as *mut Slot;
    let names = ["alpha", "beta", "gamma", "delta"];
    for i in 0..4 {
        // use ptr::write so we never drop the garbage that is "there"
        unsafe { base.add(i).write(Slot { id: i + 100, name: names[i].to_string() }) };
    }
    unsafe { raw.assume_init() }
}

fn main() {
    let sq: [u64; 8] = make_squares();
    println!("squares: {:?}", sq);

    let slots = make_slots();
    for s in &slots {
        println!("slot {} -> {}", s.id, s.name);
    }

    // partially initialised buffer: track how many are live
    let mut buf: [MaybeUninit<String>; 6] = [const { MaybeUninit::uninit() }; 6];
    let mut live = 0;
    let words = "one two three four";
    for w in words.split(' ') {
        let p = buf.as_mut_ptr();
        unsafe { (*p.add(live)).write(w.to_uppercase()) };
        live += 1;
    }
    println!("live strings: {}", live);
    let first = buf.as_ptr() as *const String;
    let view: &[String] = unsafe { std::slice::from_raw_parts(first, live) };
    println!("view: {:?}", view);
    let total_len: usize = view.iter().map(|s| s.len()).sum();
    println!("total chars: {}", total_len);

    // element size and stride are the same as for plain String
    let p0 = buf.as_ptr();
    let p1 = unsafe { p0.add(1) };
    println!("stride = {} bytes, size_of::<String>() = {}", (p1 as usize) - (p0 as usize), std::mem::size_of::<String>());

    // drop only the initialised ones
    for i in 0..live {
        unsafe { buf[i].assume_init_drop() };
    }
    println!("dropped {} strings, {} slots never used", live, buf.len() - live);

    // move a value out and put another in place with ptr::replace
    let mut arr2 = make_slots();
    let old = unsafe { ptr::replace(&mut arr2[2] as *mut Slot, Slot { id: 7, name: String::from("seven") }) };
    println!("replaced {:?}", old);
    println!("now {:?}", arr2.iter().map(|s| s.id).collect::<Vec<_>>());
}
