// A tiny bump allocator over a Vec<u8>.
// Offsets are measured from the first 16-aligned byte so the output
// does not depend on where the allocator put the Vec.
use std::mem::{align_of, size_of};

struct Bump {
    buf: Vec<u8>,
    start: usize, // first index that is 16-aligned
    used: usize,  // bytes used after `start`
}

impl Bump {
    fn new(cap: usize) -> Bump {
        let mut buf = vec![0u8; cap + 16];
        let start = buf.as_mut_ptr().align_offset(16);
        Bump { buf, start, used: 0 }
    }

    fn alloc<T>(&mut self, value: T) -> Option<*mut T> {
        let base = self.buf.as_mut_ptr();
        let cur = self.start + self.used;
        let pad = unsafe { base.add(cur) }.align_offset(align_of::<T>());
        let begin = cur + pad;
        let end = begin + size_of::<T>();
        if end > self.buf.len() {
            return None;
        }
        let p = unsafe { base.add(begin) } as *mut T;
        unsafe { p.write(value) };
        self.used = end - self.start;
        Some(p)
    }

    fn offset_of_ptr<T>(&self, p: *const T) -> usize {
        let base = self.buf.as_ptr() as usize + self.start;
        p as usize - base
    }

    fn reset(&mut self) {
        self.used = 0;
    }
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut arena = Bump::new(64);

    let a = arena.alloc(7u8).unwrap();
    let b = arena.alloc(1000u32).unwrap();
    let c = arena.alloc(2u8).unwrap();
    let d = arena.alloc(123456789u64).unwrap();
    let e = arena.alloc(Point { x: 3, y: -4 }).unwrap();

    println!("u8    at offset {}", arena.offset_of_ptr(a));
    println!("u32   at offset {}", arena.offset_of_ptr(b));
    println!("u8    at offset {}", arena.offset_of_ptr(c));
    println!("u64   at offset {}", arena.offset_of_ptr(d));
    println!("Point at offset {}", arena.offset_of_ptr(e));
    println!("used bytes: {}", arena.used);

    unsafe {
        println!("values: {} {} {} {} {:?}", *a, *b, *c, *d, *e);
        (*e).x += 10;
        *b += 1;
        println!("after edit: b={} e={:?}", *b, *e);
        println!("b aligned: {}, d aligned: {}", b.is_aligned(), d.is_aligned());
    }

    // fill until it runs out
    let mut count = 0;
    while let Some(_) = arena.alloc(0u64) {
        count += 1;
    }
    println!("extra u64 slots before full: {}", count);
    println!("used bytes when full: {}", arena.used);

    arena.reset();
    let f = arena.alloc(99u16).unwrap();
    println!("after reset u16 at offset {} value {}", arena.offset_of_ptr(f), unsafe { *f });
}
