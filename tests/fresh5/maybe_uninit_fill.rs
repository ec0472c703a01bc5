// MaybeUninit: building arrays element by element, then assume_init.
use std::mem::{self, MaybeUninit};

#[derive(Debug)]
struct Cell3 {
    id: usize,
    name: String,
}

impl Drop for Cell3 {
    fn drop(&mut self) {
        println!("  drop Cell3 {} {}", self.id, self.name);
    }
}

fn squares<const N: usize>() -> [u64; N] {
    let mut arr: [MaybeUninit<u64>; N] = [const { MaybeUninit::uninit() }; N];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write((i as u64 + 1) * (i as u64 + 1));
    }
    // All slots initialised: reinterpret as [u64; N].
    unsafe { mem::transmute_copy::<[MaybeUninit<u64>; N], [u64; N]>(&arr) }
}

fn main() {
    println!("size_of MaybeUninit<u64> {} MaybeUninit<String> {} Option<MaybeUninit<u8>> {}",
        mem::size_of::<MaybeUninit<u64>>(), mem::size_of::<MaybeUninit<String>>(), mem::size_of::<Option<MaybeUninit<u8>>>());

    let mut x = MaybeUninit::<i32>::uninit();
    x.write(41);
    let x = unsafe { x.assume_init() } + 1;
    println!("x = {x}");

    let sq = squares::<6>();
    println!("squares {:?}", sq);

    println!("array of Strings built in place:");
    let mut slots: [MaybeUninit<Cell3>; 3] = [const { MaybeUninit::uninit() }; 3];
    for (i, word) in ["red", "green", "blue"].iter().enumerate() {
        slots[i].write(Cell3 { id: i, name: word.to_string() });
    }
    let ready: [Cell3; 3] = unsafe { mem::transmute::<[MaybeUninit<Cell3>; 3], [Cell3; 3]>(slots) };
    println!("  names {:?}", ready.iter().map(|c| c.name.as_str()).collect::<Vec<_>>());

    println!("uninit slot holding a value is not dropped automatically:");
    {
        let mut lonely = MaybeUninit::<Cell3>::uninit();
        lonely.write(Cell3 { id: 99, name: "lonely".into() });
        println!("  leaving scope without assume_init");
    }

    println!("assume_init_drop runs the destructor in place:");
    let mut one = MaybeUninit::<Cell3>::uninit();
    one.write(Cell3 { id: 7, name: "seven".into() });
    unsafe {
        println!("  peek name {}", one.assume_init_ref().name);
        one.assume_init_mut().name.push_str("+");
        one.assume_init_drop();
    }

    println!("zeroed:");
    let z: [u32; 4] = unsafe { MaybeUninit::zeroed().assume_init() };
    println!("  zeroed array {:?}", z);

    println!("Vec spare capacity:");
    let mut v: Vec<u16> = Vec::with_capacity(8);
    let spare = v.spare_capacity_mut();
    println!("  spare len {}", spare.len());
    for (i, s) in spare.iter_mut().take(5).enumerate() {
        s.write(i as u16 * 3);
    }
    unsafe { v.set_len(5) };
    println!("  v {:?} len {} cap {}", v, v.len(), v.capacity());

    println!("uninit buffer through raw pointer:");
    let mut buf = MaybeUninit::<[u8; 6]>::uninit();
    let p = buf.as_mut_ptr() as *mut u8;
    for i in 0..6 {
        unsafe { p.add(i).write(b'a' + i as u8) };
    }
    let buf = unsafe { buf.assume_init() };
    println!("  {:?}", std::str::from_utf8(&buf).unwrap());
    println!("end of main");
}
