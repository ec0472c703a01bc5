// A minimal Vec<T> written by hand: alloc/realloc/dealloc with Layout,
// ptr::copy for insert/remove, drop_in_place in Drop.
use std::alloc::{self, Layout};
use std::ptr::{self, NonNull};

struct MyVec<T> {
    ptr: NonNull<T>,
    cap: usize,
    len: usize,
}

impl<T> MyVec<T> {
    fn new() -> Self {
        assert!(std::mem::size_of::<T>() != 0, "no ZSTs in this toy");
        MyVec { ptr: NonNull::dangling(), cap: 0, len: 0 }
    }

    fn grow(&mut self) {
        let new_cap = if self.cap == 0 { 2 } else { self.cap * 2 };
        let new_layout = Layout::array::<T>(new_cap).unwrap();
        let raw = if self.cap == 0 {
            unsafe { alloc::alloc(new_layout) }
        } else {
            let old = Layout::array::<T>(self.cap).unwrap();
            unsafe { alloc::realloc(self.ptr.as_ptr() as *mut u8, old, new_layout.size()) }
        };
        self.ptr = NonNull::new(raw as *mut T).unwrap_or_else(|| alloc::handle_alloc_error(new_layout));
        self.cap = new_cap;
    }

    fn push(&mut self, v: T) {
        if self.len == self.cap { self.grow(); }
        unsafe { ptr::write(self.ptr.as_ptr().add(self.len), v) };
        self.len += 1;
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 { return None; }
        self.len -= 1;
        Some(unsafe { ptr::read(self.ptr.as_ptr().add(self.len)) })
    }

    fn insert(&mut self, idx: usize, v: T) {
        assert!(idx <= self.len);
        if self.len == self.cap { self.grow(); }
        unsafe {
            let p = self.ptr.as_ptr().add(idx); // derived after grow
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

impl<T> Drop for MyVec<T> {
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len)) };
        if self.cap > 0 {
            unsafe { alloc::dealloc(self.ptr.as_ptr() as *mut u8, Layout::array::<T>(self.cap).unwrap()) };
        }
    }
}

fn main() {
    let mut v: MyVec<String> = MyVec::new();
    println!("empty: len {} cap {} slice {:?}", v.len, v.cap, v.as_slice());
    for w in ["delta", "alpha", "echo"] {
        v.push(w.to_string());
        println!("push {:<5} -> len {} cap {}", w, v.len, v.cap);
    }
    v.insert(1, "bravo".to_string());
    v.insert(0, "zero".to_string());
    v.insert(v.len, "tail".to_string());
    println!("after inserts: {:?} (cap {})", v.as_slice(), v.cap);
    println!("removed {:?}", v.remove(0));
    println!("popped {:?}", v.pop());
    println!("now: {:?}", v.as_slice());

    let mut nums: MyVec<u64> = MyVec::new();
    for i in 0..20 { nums.push(i * 3); }
    let s = nums.as_slice();
    let gap = (&s[5] as *const u64 as usize) - (&s[4] as *const u64 as usize);
    println!("nums len {} cap {} sum {} elem gap {}", nums.len, nums.cap, s.iter().sum::<u64>(), gap);
    while nums.len > 5 { nums.remove(nums.len / 2); }
    println!("thinned: {:?}", nums.as_slice());
}
