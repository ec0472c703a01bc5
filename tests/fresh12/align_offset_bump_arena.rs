use std::alloc::{alloc, dealloc, Layout};
use std::mem::{align_of, size_of};
use std::ptr::NonNull;

// A bump arena over one heap block; each allocation is aligned with align_offset.
struct Arena {
    base: NonNull<u8>,
    cap: usize,
    used: usize,
    count: usize,
}

impl Arena {
    fn new(cap: usize) -> Self {
        let layout = Layout::from_size_align(cap, 16).unwrap();
        let p = unsafe { alloc(layout) };
        Arena { base: NonNull::new(p).expect("oom"), cap, used: 0, count: 0 }
    }

    fn alloc<T>(&mut self, value: T) -> Option<&mut T> {
        let cur = unsafe { self.base.as_ptr().add(self.used) };
        let pad = cur.align_offset(align_of::<T>());
        let start = self.used + pad;
        let end = start + size_of::<T>();
        if end > self.cap {
            return None;
        }
        println!("  alloc {:<4} size {} align {} pad {} at offset {}", std::any::type_name::<T>(), size_of::<T>(), align_of::<T>(), pad, start);
        self.used = end;
        self.count += 1;
        unsafe {
            let p = self.base.as_ptr().add(start) as *mut T;
            debug_assert!(p.is_aligned());
            p.write(value);
            Some(&mut *p)
        }
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        println!("arena freed: {} objects, {} of {} bytes used", self.count, self.used, self.cap);
        unsafe { dealloc(self.base.as_ptr(), Layout::from_size_align(self.cap, 16).unwrap()) };
    }
}

fn main() {
    let mut arena = Arena::new(64);
    let a: *mut u8 = arena.alloc(7u8).unwrap();
    let b: *mut u32 = arena.alloc(0xCAFEu32).unwrap();
    let c: *mut u16 = arena.alloc(513u16).unwrap();
    let d: *mut u64 = arena.alloc(1u64 << 40).unwrap();
    let e: *mut [u8; 3] = arena.alloc(*b"xyz").unwrap();
    let f: *mut f64 = arena.alloc(2.5f64).unwrap();
    unsafe {
        *b += 1;
        *d >>= 20;
        println!("values: {} {:#x} {} {} {:?} {}", *a, *b, *c, *d, std::str::from_utf8(&*e).unwrap(), *f);
        println!("aligned: b {} c {} d {} f {}", b.is_aligned(), c.is_aligned(), d.is_aligned(), f.is_aligned());
        println!("d - a bytes = {}", (d as *const u8).offset_from(a as *const u8));
    }
    let too_big = arena.alloc([0u64; 8]);
    println!("oversized alloc fits: {}", too_big.is_some());

    // align_offset within a plain byte array.
    let bytes = [0u8; 40];
    let p = bytes.as_ptr();
    for align in [1usize, 2, 4, 8] {
        let off = p.align_offset(align);
        let q = p.wrapping_add(off);
        println!("align {} -> offset < align: {}, aligned: {}", align, off < align, q.addr() % align == 0);
    }
    let (head, mid, tail) = unsafe { bytes[1..].align_to::<u32>() };
    println!("align_to u32 over 39 bytes: head+4*mid+tail = {}, mid nonempty {}", head.len() + 4 * mid.len() + tail.len(), !mid.is_empty());
    println!("end of main");
}
