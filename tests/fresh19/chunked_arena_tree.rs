// A typed arena made of fixed-size chunks. Chunks never move once allocated,
// so raw pointers into them stay valid even when the arena gets new chunks
// (unlike pointers into a single growing Vec).
use std::mem::MaybeUninit;
use std::ptr;

struct Arena<T> {
    // each chunk is a leaked Box<[MaybeUninit<T>]>; we keep only its start pointer
    // so that every slot pointer is derived from the same raw pointer
    chunks: Vec<*mut MaybeUninit<T>>,
    used_in_last: usize,
    chunk_size: usize,
}

impl<T> Arena<T> {
    fn new(chunk_size: usize) -> Self {
        Arena { chunks: Vec::new(), used_in_last: chunk_size, chunk_size }
    }

    fn alloc(&mut self, value: T) -> *mut T {
        if self.used_in_last == self.chunk_size {
            let chunk: Box<[MaybeUninit<T>]> = (0..self.chunk_size).map(|_| MaybeUninit::uninit()).collect();
            self.chunks.push(Box::into_raw(chunk) as *mut MaybeUninit<T>);
            self.used_in_last = 0;
        }
        let chunk = *self.chunks.last().unwrap();
        let slot = unsafe { chunk.add(self.used_in_last) } as *mut T;
        unsafe { ptr::write(slot, value) };
        self.used_in_last += 1;
        slot
    }

    fn len(&self) -> usize {
        if self.chunks.is_empty() { 0 } else { (self.chunks.len() - 1) * self.chunk_size + self.used_in_last }
    }
}

impl<T> Drop for Arena<T> {
    fn drop(&mut self) {
        let n = self.chunks.len();
        for (ci, &chunk) in self.chunks.iter().enumerate() {
            let live = if ci + 1 == n { self.used_in_last } else { self.chunk_size };
            for k in 0..live {
                unsafe { ptr::drop_in_place(chunk.add(k) as *mut T) };
            }
            let whole = ptr::slice_from_raw_parts_mut(chunk, self.chunk_size);
            drop(unsafe { Box::from_raw(whole) });
        }
        println!("arena freed {} chunks", n);
    }
}

struct TreeNode {
    name: String,
    parent: *const TreeNode,
    depth: usize,
}

fn path_to_root(mut n: *const TreeNode) -> String {
    let mut parts = Vec::new();
    while !n.is_null() {
        unsafe {
            parts.push((*n).name.clone());
            n = (*n).parent;
        }
    }
    parts.reverse();
    parts.join("/")
}

fn main() {
    let mut arena: Arena<TreeNode> = Arena::new(3);
    let root = arena.alloc(TreeNode { name: "root".into(), parent: ptr::null(), depth: 0 });
    let mut all = vec![root];
    // build a small tree: every node gets children until depth 2
    let mut i = 0;
    while i < all.len() {
        let parent = all[i];
        let depth = unsafe { (*parent).depth };
        if depth < 2 {
            for k in 0..2 {
                let name = format!("{}{}", if depth == 0 { "d" } else { "f" }, i * 2 + k);
                let child = arena.alloc(TreeNode { name, parent, depth: depth + 1 });
                all.push(child);
            }
        }
        i += 1;
    }
    println!("nodes: {}, chunks: {}", arena.len(), arena.chunks.len());
    // the first pointer is still valid although many chunks were added after it
    println!("root still readable: {}", unsafe { &(*root).name });
    for &n in all.iter().filter(|n| unsafe { (***n).depth } == 2) {
        println!("leaf path: {}", path_to_root(n));
    }
    // nodes in the same chunk are adjacent; chunks themselves are separate allocations
    let gap = (all[1] as usize) - (all[0] as usize);
    println!("gap inside chunk = {} bytes = size_of TreeNode ({})", gap, std::mem::size_of::<TreeNode>());
    let same_parent = all.iter().filter(|&&n| ptr::eq(unsafe { (*n).parent }, root)).count();
    println!("children of root: {}", same_parent);
    unsafe { (*all[1]).name.push_str("-renamed") };
    println!("renamed path: {}", path_to_root(all[3]));
}
