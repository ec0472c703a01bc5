// A fixed-capacity ring buffer on top of a manually allocated block,
// with ptr::write / ptr::read and a Drop that cleans up only live items.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr::{self, NonNull};

struct Ring<T> {
    buf: NonNull<T>,
    cap: usize,
    head: usize, // index of oldest element
    len: usize,
}

impl<T> Ring<T> {
    fn new(cap: usize) -> Ring<T> {
        let layout = Layout::array::<T>(cap).unwrap();
        let p = unsafe { alloc(layout) } as *mut T;
        Ring { buf: NonNull::new(p).expect("alloc failed"), cap, head: 0, len: 0 }
    }

    fn slot(&self, logical: usize) -> *mut T {
        unsafe { self.buf.as_ptr().add((self.head + logical) % self.cap) }
    }

    /// pushes a value; if full, the oldest is returned
    fn push(&mut self, v: T) -> Option<T> {
        let mut evicted = None;
        if self.len == self.cap {
            evicted = Some(unsafe { ptr::read(self.slot(0)) });
            self.head = (self.head + 1) % self.cap;
            self.len -= 1;
        }
        unsafe { ptr::write(self.slot(self.len), v) };
        self.len += 1;
        evicted
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = unsafe { ptr::read(self.slot(0)) };
        self.head = (self.head + 1) % self.cap;
        self.len -= 1;
        Some(v)
    }

    fn get(&self, i: usize) -> Option<&T> {
        if i < self.len { Some(unsafe { &*self.slot(i) }) } else { None }
    }

    fn physical_index(&self, i: usize) -> isize {
        unsafe { self.slot(i).offset_from(self.buf.as_ptr()) }
    }
}

impl<T> Drop for Ring<T> {
    fn drop(&mut self) {
        let live = self.len;
        while let Some(v) = self.pop() {
            drop(v);
        }
        unsafe { dealloc(self.buf.as_ptr() as *mut u8, Layout::array::<T>(self.cap).unwrap()) };
        println!("ring dropped ({} live items cleaned)", live);
    }
}

fn main() {
    let mut r: Ring<String> = Ring::new(4);
    for w in ["ant", "bee", "cat", "dog", "eel", "fox"] {
        if let Some(old) = r.push(w.to_string()) {
            println!("push {} evicted {}", w, old);
        } else {
            println!("push {}", w);
        }
    }
    let contents: Vec<&str> = (0..r.len).map(|i| r.get(i).unwrap().as_str()).collect();
    println!("contents oldest->newest: {:?}", contents);
    let phys: Vec<isize> = (0..r.len).map(|i| r.physical_index(i)).collect();
    println!("physical slots: {:?}", phys);
    println!("pop -> {:?}", r.pop());
    println!("pop -> {:?}", r.pop());
    r.push("gnu".to_string());
    println!("len {} newest {:?} out of range {:?}", r.len, r.get(r.len - 1), r.get(9));

    let mut nums: Ring<u64> = Ring::new(3);
    for i in 1..=10 {
        nums.push(i * i);
    }
    let sum: u64 = (0..nums.len).map(|i| *nums.get(i).unwrap()).sum();
    println!("last three squares sum to {}", sum);
}
