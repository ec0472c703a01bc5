// A growable u32 buffer managed by hand with std::alloc.
use std::alloc::{alloc, dealloc, realloc, handle_alloc_error, Layout};
use std::ptr;

struct Buf {
    ptr: *mut u32,
    cap: usize,
    len: usize,
}

impl Buf {
    fn new() -> Buf {
        Buf { ptr: ptr::null_mut(), cap: 0, len: 0 }
    }

    fn grow(&mut self) {
        let new_cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        let new_layout = Layout::array::<u32>(new_cap).unwrap();
        let new_ptr = if self.cap == 0 {
            unsafe { alloc(new_layout) }
        } else {
            let old_layout = Layout::array::<u32>(self.cap).unwrap();
            unsafe { realloc(self.ptr as *mut u8, old_layout, new_layout.size()) }
        };
        if new_ptr.is_null() {
            handle_alloc_error(new_layout);
        }
        // old self.ptr must not be used again after realloc
        self.ptr = new_ptr as *mut u32;
        println!("  grow: cap {} -> {} ({} bytes, align {})", self.cap, new_cap, new_layout.size(), new_layout.align());
        self.cap = new_cap;
    }

    fn push(&mut self, v: u32) {
        if self.len == self.cap {
            self.grow();
        }
        unsafe { ptr::write(self.ptr.add(self.len), v) };
        self.len += 1;
    }

    fn get(&self, i: usize) -> Option<u32> {
        if i < self.len { Some(unsafe { ptr::read(self.ptr.add(i)) }) } else { None }
    }

    fn as_slice(&self) -> &[u32] {
        if self.ptr.is_null() {
            &[]
        } else {
            unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
        }
    }
}

impl Drop for Buf {
    fn drop(&mut self) {
        if self.cap > 0 {
            let layout = Layout::array::<u32>(self.cap).unwrap();
            unsafe { dealloc(self.ptr as *mut u8, layout) };
            println!("dealloc {} bytes", layout.size());
        }
    }
}

fn main() {
    let mut b = Buf::new();
    println!("empty slice len: {}", b.as_slice().len());
    for i in 0..11u32 {
        b.push(i * 3 + 1);
    }
    println!("contents: {:?}", b.as_slice());
    println!("get(4) = {:?}, get(11) = {:?}", b.get(4), b.get(11));
    let total: u32 = b.as_slice().iter().sum();
    println!("sum = {}", total);

    // pointer arithmetic on the current allocation
    let first = b.ptr as *const u32;
    let last = unsafe { first.add(b.len - 1) };
    println!("elements between first and last: {}", unsafe { last.offset_from(first) });
    println!("aligned to u32: {}", (first as usize) % std::mem::align_of::<u32>() == 0);

    // a second raw allocation with a bigger alignment
    let layout = Layout::from_size_align(64, 32).unwrap();
    let raw = unsafe { alloc(layout) };
    if raw.is_null() {
        handle_alloc_error(layout);
    }
    println!("32-aligned block: addr % 32 = {}", raw.addr() % 32);
    unsafe {
        ptr::write_bytes(raw, 0xAB, 64);
        let view = std::slice::from_raw_parts(raw, 64);
        println!("all bytes 0xAB: {}", view.iter().all(|&x| x == 0xAB));
        dealloc(raw, layout);
    }
}
