// A fixed-capacity vector stored in a local array, using ptr::copy for insert/remove.
use std::ptr;

struct StackVec {
    data: [i32; 16],
    len: usize,
}

impl StackVec {
    fn new() -> Self {
        StackVec { data: [0; 16], len: 0 }
    }

    fn push(&mut self, v: i32) -> bool {
        if self.len == self.data.len() {
            return false;
        }
        self.data[self.len] = v;
        self.len += 1;
        true
    }

    fn insert(&mut self, idx: usize, v: i32) -> bool {
        if self.len == self.data.len() || idx > self.len {
            return false;
        }
        let p = self.data.as_mut_ptr();
        unsafe {
            // shift [idx, len) one to the right; regions overlap, so ptr::copy
            ptr::copy(p.add(idx), p.add(idx + 1), self.len - idx);
            p.add(idx).write(v);
        }
        self.len += 1;
        true
    }

    fn remove(&mut self, idx: usize) -> Option<i32> {
        if idx >= self.len {
            return None;
        }
        let p = self.data.as_mut_ptr();
        let out = unsafe {
            let v = p.add(idx).read();
            ptr::copy(p.add(idx + 1), p.add(idx), self.len - idx - 1);
            v
        };
        self.len -= 1;
        Some(out)
    }

    fn as_slice(&self) -> &[i32] {
        &self.data[..self.len]
    }
}

fn main() {
    let mut v = StackVec::new();
    for i in 0..6 {
        v.push(i * 10);
    }
    println!("start: {:?}", v.as_slice());
    for (idx, val) in [(0, -1), (3, 25), (8, 99), (20, 7)] {
        let ok = v.insert(idx, val);
        println!("insert({}, {}) ok={} -> {:?}", idx, val, ok, v.as_slice());
    }
    for idx in [0, 4, 6, 10] {
        let r = v.remove(idx);
        println!("remove({}) = {:?} -> {:?}", idx, r, v.as_slice());
    }
    while v.push(v.len as i32) {}
    println!("filled to capacity: {:?} (len {})", v.as_slice(), v.len);
    println!("insert into full: {}", v.insert(0, 1));

    // copy_nonoverlapping between two distinct locals, write_bytes to clear.
    let src = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let mut dst = [0u8; 12];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(2), src.len());
    }
    println!("dst after copy = {:?}", dst);
    unsafe { ptr::write_bytes(dst.as_mut_ptr().add(4), 0xFF, 3) };
    println!("dst after write_bytes = {:?}", dst);

    // copy_within (safe) compared with ptr::copy on the same data.
    let mut a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    let mut b = a;
    a.copy_within(2..7, 4);
    let pb = b.as_mut_ptr(); // one pointer for both source and destination
    unsafe { ptr::copy(pb.add(2), pb.add(4), 5) };
    println!("copy_within: {:?}", a);
    println!("ptr::copy:   {:?}", b);
    println!("identical: {}", a == b);
}
