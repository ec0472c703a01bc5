use std::alloc::{alloc, dealloc, realloc, Layout};
use std::ptr::{self, NonNull};

struct RawVec<T> {
    ptr: NonNull<T>,
    cap: usize,
    len: usize,
}

impl<T> RawVec<T> {
    fn new() -> Self {
        assert!(std::mem::size_of::<T>() != 0, "no ZSTs here");
        RawVec { ptr: NonNull::dangling(), cap: 0, len: 0 }
    }

    fn grow(&mut self) {
        let new_cap = if self.cap == 0 { 2 } else { self.cap * 2 };
        let new_layout = Layout::array::<T>(new_cap).unwrap();
        let raw = if self.cap == 0 {
            unsafe { alloc(new_layout) }
        } else {
            let old_layout = Layout::array::<T>(self.cap).unwrap();
            unsafe { realloc(self.ptr.as_ptr() as *mut u8, old_layout, new_layout.size()) }
        };
        self.ptr = NonNull::new(raw as *mut T).expect("allocation failed");
        println!("  grow {} -> {} (bytes {})", self.cap, new_cap, new_layout.size());
        self.cap = new_cap;
    }

    fn push(&mut self, v: T) {
        if self.len == self.cap {
            self.grow();
        }
        unsafe { ptr::write(self.ptr.as_ptr().add(self.len), v) };
        self.len += 1;
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(unsafe { ptr::read(self.ptr.as_ptr().add(self.len)) })
        }
    }

    fn insert(&mut self, idx: usize, v: T) {
        assert!(idx <= self.len);
        if self.len == self.cap {
            self.grow();
        }
        unsafe {
            let p = self.ptr.as_ptr().add(idx);
            ptr::copy(p, p.add(1), self.len - idx);
            ptr::write(p, v);
        }
        self.len += 1;
    }

    fn remove(&mut self, idx: usize) -> T {
        assert!(idx < self.len);
        unsafe {
            self.len -= 1;
            let p = self.ptr.as_ptr().add(idx);
            let out = ptr::read(p);
            ptr::copy(p.add(1), p, self.len - idx);
            out
        }
    }

    fn as_slice(&self) -> &[T] {
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> Drop for RawVec<T> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
        if self.cap != 0 {
            unsafe { dealloc(self.ptr.as_ptr() as *mut u8, Layout::array::<T>(self.cap).unwrap()) };
        }
    }
}

fn main() {
    let mut v: RawVec<u64> = RawVec::new();
    for i in 0..9 {
        v.push(i * i);
    }
    println!("squares {:?} len {} cap {}", v.as_slice(), v.len, v.cap);
    v.insert(0, 1000);
    v.insert(5, 555);
    println!("after inserts {:?}", v.as_slice());
    println!("removed {} and {}", v.remove(1), v.remove(v.len - 1));
    println!("now {:?}", v.as_slice());
    let sum: u64 = v.as_slice().iter().sum();
    println!("sum {}", sum);

    let mut words: RawVec<String> = RawVec::new();
    for w in "the quick brown fox jumps".split(' ') {
        words.push(w.to_uppercase());
    }
    words.insert(2, String::from("very"));
    let taken = words.remove(0);
    println!("taken {:?}, rest {:?}", taken, words.as_slice());
    println!("pop {:?}", words.pop());
    let empty: RawVec<i32> = RawVec::new();
    println!("empty slice {:?} cap {}", empty.as_slice(), empty.cap);
}
