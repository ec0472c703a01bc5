// ManuallyDrop and MaybeUninit: taking control of when (and whether) values are dropped
// and initialised.
use std::mem::{self, ManuallyDrop, MaybeUninit};

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("  drop Loud({})", self.0);
    }
}

struct Guarded {
    first: ManuallyDrop<Loud>,
    second: Loud,
}

impl Drop for Guarded {
    fn drop(&mut self) {
        println!("  Guarded::drop runs first and drops `first` by hand");
        unsafe { ManuallyDrop::drop(&mut self.first) };
    }
}

fn main() {
    println!("sizes:");
    println!("  ManuallyDrop<Loud> {} MaybeUninit<Loud> {}",
        mem::size_of::<ManuallyDrop<Loud>>(), mem::size_of::<MaybeUninit<Loud>>());
    println!("  Option<ManuallyDrop<Box<u8>>> {}", mem::size_of::<Option<ManuallyDrop<Box<u8>>>>());
    println!("  Option<MaybeUninit<Box<u8>>> {}", mem::size_of::<Option<MaybeUninit<Box<u8>>>>());

    println!("ManuallyDrop never drops by itself:");
    {
        let _m = ManuallyDrop::new(Loud(1));
        let _n = Loud(2);
    }
    println!("ManuallyDrop::into_inner gives back ownership:");
    {
        let m = ManuallyDrop::new(Loud(3));
        let inner = ManuallyDrop::into_inner(m);
        println!("  got Loud({})", inner.0);
    }
    println!("ManuallyDrop in a struct:");
    {
        let _g = Guarded { first: ManuallyDrop::new(Loud(4)), second: Loud(5) };
    }
    println!("ManuallyDrop derefs to the value:");
    {
        let mut md = ManuallyDrop::new(vec![1, 2, 3]);
        md.push(4);
        println!("  len {} sum {}", md.len(), md.iter().sum::<i32>());
        unsafe { ManuallyDrop::drop(&mut md) };
        println!("  dropped the vec by hand");
    }

    println!("MaybeUninit: write then assume_init");
    let mut slot = MaybeUninit::<Loud>::uninit();
    slot.write(Loud(6));
    let six = unsafe { slot.assume_init() };
    println!("  initialised Loud({})", six.0);

    let mut arr: [MaybeUninit<u32>; 5] = [const { MaybeUninit::uninit() }; 5];
    for (i, cell) in arr.iter_mut().enumerate() {
        cell.write((i as u32 + 1) * 11);
    }
    let arr: [u32; 5] = arr.map(|c| unsafe { c.assume_init() });
    println!("  array built element by element: {:?}", arr);

    let mut buf = MaybeUninit::<[u16; 4]>::uninit();
    let p = buf.as_mut_ptr() as *mut u16;
    unsafe {
        for i in 0..4 {
            p.add(i).write(1 << (i * 3));
        }
    }
    let done = unsafe { buf.assume_init() };
    println!("  via raw pointer: {:?}", done);

    let zeroed: [u64; 3] = unsafe { MaybeUninit::zeroed().assume_init() };
    println!("  zeroed: {:?}", zeroed);

    let mut strings: [MaybeUninit<String>; 3] = [const { MaybeUninit::uninit() }; 3];
    let words = ["ab", "cde", "f"];
    for (dst, w) in strings.iter_mut().zip(words) {
        dst.write(w.repeat(2));
    }
    let strings: [String; 3] = strings.map(|s| unsafe { s.assume_init() });
    println!("  strings: {:?}", strings);

    let mut partial: [MaybeUninit<Loud>; 3] = [const { MaybeUninit::uninit() }; 3];
    partial[0].write(Loud(7));
    partial[1].write(Loud(8));
    println!("  two of three slots written; dropping them by hand");
    unsafe {
        partial[1].assume_init_drop();
        partial[0].assume_init_drop();
    }
    let r = unsafe { partial[2].as_mut_ptr().write(Loud(9)); partial[2].assume_init_read() };
    println!("  read back Loud({})", r.0);
    println!("end of main:");
}
