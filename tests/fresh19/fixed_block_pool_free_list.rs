// A fixed-size block pool over one aligned allocation.
// Free blocks form an intrusive singly linked list: the first word of a free
// block stores the pointer to the next free block.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

const BLOCK: usize = 32;
const COUNT: usize = 6;

struct Pool {
    base: *mut u8,
    free: *mut u8,
    layout: Layout,
    in_use: usize,
}

impl Pool {
    fn new() -> Pool {
        let layout = Layout::from_size_align(BLOCK * COUNT, 16).unwrap();
        let base = unsafe { alloc(layout) };
        assert!(!base.is_null());
        // thread every block onto the free list, last one points to null
        for i in 0..COUNT {
            let block = unsafe { base.add(i * BLOCK) };
            let next = if i + 1 < COUNT { unsafe { base.add((i + 1) * BLOCK) } } else { ptr::null_mut() };
            unsafe { (block as *mut *mut u8).write(next) };
        }
        Pool { base, free: base, layout, in_use: 0 }
    }

    fn index_of(&self, p: *mut u8) -> usize {
        (unsafe { p.offset_from(self.base) }) as usize / BLOCK
    }

    fn get(&mut self) -> Option<*mut u8> {
        if self.free.is_null() {
            return None;
        }
        let block = self.free;
        self.free = unsafe { (block as *mut *mut u8).read() };
        self.in_use += 1;
        Some(block)
    }

    fn put(&mut self, block: *mut u8) {
        let off = block.addr() - self.base.addr();
        assert!(off % BLOCK == 0 && off < BLOCK * COUNT, "not a block of this pool");
        unsafe { (block as *mut *mut u8).write(self.free) };
        self.free = block;
        self.in_use -= 1;
    }

    fn free_count(&self) -> usize {
        let mut n = 0;
        let mut cur = self.free;
        while !cur.is_null() {
            n += 1;
            cur = unsafe { (cur as *mut *mut u8).read() };
        }
        n
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        unsafe { dealloc(self.base, self.layout) };
        println!("pool released ({} blocks were still in use)", self.in_use);
    }
}

#[derive(Debug, Clone, Copy)]
struct Particle {
    pos: [f32; 3],
    id: u32,
}

fn main() {
    println!("Particle fits in a block: {}", std::mem::size_of::<Particle>() <= BLOCK);
    let mut pool = Pool::new();
    println!("free at start: {}", pool.free_count());

    let mut parts: Vec<*mut Particle> = Vec::new();
    for i in 0..4u32 {
        let b = pool.get().unwrap();
        let p = b as *mut Particle;
        println!("block {} aligned for Particle: {}", pool.index_of(b), p.is_aligned());
        unsafe { p.write(Particle { pos: [i as f32, 0.5, -1.0], id: i }) };
        parts.push(p);
    }
    println!("in use {}, free {}", pool.in_use, pool.free_count());

    // give back blocks 1 and 2; the pool hands them out again LIFO
    pool.put(parts[1] as *mut u8);
    pool.put(parts[2] as *mut u8);
    let again = pool.get().unwrap();
    println!("reused block index: {}", pool.index_of(again));
    let fresh = again as *mut Particle;
    unsafe { fresh.write(Particle { pos: [9.0, 9.0, 9.0], id: 99 }) };
    parts[2] = fresh;
    parts.remove(1);

    for &p in &parts {
        let v = unsafe { p.read() };
        println!("particle id {} pos {:?}", v.id, v.pos);
    }
    let mut got = 0;
    while pool.get().is_some() {
        got += 1;
    }
    println!("could still get {} blocks, then pool empty: {}", got, pool.free.is_null());
}
