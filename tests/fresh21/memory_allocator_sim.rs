use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Block { start: usize, size: usize, owner: String }

#[derive(Debug)]
enum AllocError { OutOfMemory { requested: usize, largest_free: usize }, BadHandle(usize) }

struct Heap { memory: Vec<u8>, slots: Vec<Option<Block>> }

impl Heap {
    fn new(size: usize) -> Self { Heap { memory: vec![0; size], slots: Vec::new() } }

    fn used_ranges(&self) -> Vec<(usize, usize)> {
        let mut r: Vec<(usize, usize)> = self.slots.iter().flatten().map(|b| (b.start, b.start + b.size)).collect();
        r.sort();
        r
    }

    fn free_ranges(&self) -> Vec<(usize, usize)> {
        let mut free = Vec::new();
        let mut cursor = 0;
        for (s, e) in self.used_ranges() {
            if s > cursor { free.push((cursor, s)); }
            cursor = e;
        }
        if cursor < self.memory.len() { free.push((cursor, self.memory.len())); }
        free
    }

    fn alloc(&mut self, size: usize, owner: &str) -> Result<usize, AllocError> {
        let free = self.free_ranges();
        let best = free.iter().filter(|(s, e)| e - s >= size).min_by_key(|(s, e)| (e - s, *s));
        let &(start, _) = best.ok_or_else(|| AllocError::OutOfMemory {
            requested: size,
            largest_free: free.iter().map(|(s, e)| e - s).max().unwrap_or(0),
        })?;
        let block = Block { start, size, owner: owner.to_string() };
        let handle = match self.slots.iter().position(Option::is_none) {
            Some(i) => { self.slots[i] = Some(block); i }
            None => { self.slots.push(Some(block)); self.slots.len() - 1 }
        };
        Ok(handle)
    }

    fn free(&mut self, handle: usize) -> Result<Block, AllocError> {
        let b = self.slots.get_mut(handle).and_then(Option::take).ok_or(AllocError::BadHandle(handle))?;
        self.memory[b.start..b.start + b.size].fill(0);
        Ok(b)
    }

    fn write(&mut self, handle: usize, data: &[u8]) -> Result<(), AllocError> {
        let b = self.slots.get(handle).and_then(Option::as_ref).ok_or(AllocError::BadHandle(handle))?;
        let n = data.len().min(b.size);
        self.memory[b.start..b.start + n].copy_from_slice(&data[..n]);
        Ok(())
    }

    fn block_bytes(&self, handle: usize) -> &[u8] {
        let b = self.slots[handle].as_ref().expect("dangling handle");
        &self.memory[b.start..b.start + b.size]
    }
}

impl fmt::Display for Heap {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut map = vec!['.'; self.memory.len()];
        for b in self.slots.iter().flatten() {
            let c = b.owner.chars().next().unwrap_or('?');
            for m in &mut map[b.start..b.start + b.size] { *m = c; }
        }
        write!(f, "[{}]", map.into_iter().collect::<String>())
    }
}

fn main() {
    let mut heap = Heap::new(32);
    let a = heap.alloc(8, "alpha").unwrap();
    let b = heap.alloc(4, "beta").unwrap();
    let c = heap.alloc(10, "gamma").unwrap();
    println!("handles a={} b={} c={}", a, b, c);
    println!("{}", heap);
    heap.write(b, b"HEYTHERE").unwrap();
    println!("beta bytes: {:?}", heap.block_bytes(b));
    println!("free beta: {:?}", heap.free(b));
    println!("{}", heap);
    println!("free ranges: {:?}", heap.free_ranges());
    let d = heap.alloc(3, "delta").unwrap();
    println!("delta got handle {} (slot reused)", d);
    println!("{}", heap);
    match heap.alloc(20, "huge") {
        Ok(h) => println!("huge -> {}", h),
        Err(e) => println!("alloc failed: {:?}", e),
    }
    println!("free via stale handle b: {:?}", heap.free(b).map(|b| b.owner));
    let e = heap.alloc(10, "epsilon").unwrap();
    heap.write(e, &[1, 2, 3, 4, 5]).unwrap();
    println!("{}", heap);
    println!("epsilon bytes: {:?}", heap.block_bytes(e));
    let used: usize = heap.slots.iter().flatten().map(|b| b.size).sum();
    println!("used {} of {} bytes, {} live blocks", used, heap.memory.len(), heap.slots.iter().flatten().count());
    println!("{:#?}", heap.slots.iter().flatten().find(|b| b.owner == "delta"));
    let window_end = heap.memory.len() + 4;
    println!("dumping raw window 24..{}", window_end);
    let raw = &heap.memory[24..window_end];
    println!("unreachable {:?}", raw);
}
