use std::cell::Cell;
use std::mem::ManuallyDrop;

// Fixed-capacity object pool: free slots store the index of the next free slot
// in the same memory as the value, via a union.
union Slot<T> {
    next_free: usize,
    value: ManuallyDrop<T>,
}

struct Pool<T> {
    slots: Vec<Slot<T>>,
    occupied: Vec<bool>,
    free_head: usize, // usize::MAX == none
    live: Cell<usize>,
}

impl<T> Pool<T> {
    fn with_capacity(n: usize) -> Self {
        let slots = (0..n)
            .map(|i| Slot { next_free: if i + 1 < n { i + 1 } else { usize::MAX } })
            .collect();
        Pool { slots, occupied: vec![false; n], free_head: if n > 0 { 0 } else { usize::MAX }, live: Cell::new(0) }
    }

    fn insert(&mut self, v: T) -> Result<usize, T> {
        let idx = self.free_head;
        if idx == usize::MAX {
            return Err(v);
        }
        // Slot is free, so `next_free` is the active field.
        self.free_head = unsafe { self.slots[idx].next_free };
        self.slots[idx] = Slot { value: ManuallyDrop::new(v) };
        self.occupied[idx] = true;
        self.live.set(self.live.get() + 1);
        Ok(idx)
    }

    fn get(&self, idx: usize) -> Option<&T> {
        if *self.occupied.get(idx)? {
            Some(unsafe { &self.slots[idx].value })
        } else {
            None
        }
    }

    fn remove(&mut self, idx: usize) -> Option<T> {
        if !*self.occupied.get(idx)? {
            return None;
        }
        let v = unsafe { ManuallyDrop::take(&mut self.slots[idx].value) };
        self.slots[idx] = Slot { next_free: self.free_head };
        self.free_head = idx;
        self.occupied[idx] = false;
        self.live.set(self.live.get() - 1);
        Some(v)
    }

    fn free_chain(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = self.free_head;
        while i != usize::MAX {
            out.push(i);
            i = unsafe { self.slots[i].next_free };
        }
        out
    }
}

impl<T> Drop for Pool<T> {
    fn drop(&mut self) {
        println!("pool dropping {} live values", self.live.get());
        for (slot, &occ) in self.slots.iter_mut().zip(&self.occupied) {
            if occ {
                unsafe { ManuallyDrop::drop(&mut slot.value) };
            }
        }
    }
}

struct Job(&'static str);
impl Drop for Job {
    fn drop(&mut self) {
        println!("  drop Job({})", self.0);
    }
}

fn main() {
    let mut pool: Pool<Job> = Pool::with_capacity(4);
    println!("free chain initially {:?}", pool.free_chain());
    let a = pool.insert(Job("a")).ok().unwrap();
    let b = pool.insert(Job("b")).ok().unwrap();
    let c = pool.insert(Job("c")).ok().unwrap();
    println!("inserted at {} {} {}, free chain {:?}", a, b, c, pool.free_chain());
    let removed = pool.remove(b).map(|j| j.0);
    println!("removed {:?}; free chain {:?}", removed, pool.free_chain());
    println!("get(b) after remove: {:?}", pool.get(b).map(|j| j.0));
    println!("remove twice: {:?}", pool.remove(b).is_some());
    let d = pool.insert(Job("d")).ok().unwrap();
    println!("d reused slot {} (same as b: {})", d, d == b);
    let e = pool.insert(Job("e")).ok().unwrap();
    match pool.insert(Job("overflow")) {
        Ok(i) => println!("unexpected slot {}", i),
        Err(j) => println!("pool full, got back Job({})", j.0),
    }
    println!("live {} names {:?}", pool.live.get(), (0..4).filter_map(|i| pool.get(i).map(|j| j.0)).collect::<Vec<_>>());
    println!("slot size {} (usize {}, Job {})", std::mem::size_of::<Slot<Job>>(), std::mem::size_of::<usize>(), std::mem::size_of::<Job>());
    let _ = (a, c, e);
    println!("end of main");
}
