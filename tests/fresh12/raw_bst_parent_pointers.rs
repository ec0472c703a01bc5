use std::ptr;

struct Node {
    key: i32,
    left: *mut Node,
    right: *mut Node,
    parent: *mut Node,
}

struct Tree {
    root: *mut Node,
    size: usize,
}

impl Tree {
    fn new() -> Self { Tree { root: ptr::null_mut(), size: 0 } }

    fn insert(&mut self, key: i32) -> bool {
        let mut parent = ptr::null_mut();
        let mut link: *mut *mut Node = &raw mut self.root;
        unsafe {
            while !(*link).is_null() {
                let cur = *link;
                if key == (*cur).key { return false; }
                parent = cur;
                link = if key < (*cur).key { &raw mut (*cur).left } else { &raw mut (*cur).right };
            }
            *link = Box::into_raw(Box::new(Node { key, left: ptr::null_mut(), right: ptr::null_mut(), parent }));
        }
        self.size += 1;
        true
    }

    fn min_node(mut n: *mut Node) -> *mut Node {
        unsafe { while !(*n).left.is_null() { n = (*n).left; } }
        n
    }

    // In-order successor using parent pointers, no stack needed.
    fn successor(n: *mut Node) -> *mut Node {
        unsafe {
            if !(*n).right.is_null() {
                return Self::min_node((*n).right);
            }
            let mut child = n;
            let mut p = (*n).parent;
            while !p.is_null() && ptr::eq((*p).right, child) {
                child = p;
                p = (*p).parent;
            }
            p
        }
    }

    fn in_order(&self) -> Vec<i32> {
        let mut out = Vec::new();
        if self.root.is_null() { return out; }
        let mut n = Self::min_node(self.root);
        while !n.is_null() {
            out.push(unsafe { (*n).key });
            n = Self::successor(n);
        }
        out
    }

    fn depth(n: *const Node) -> usize {
        if n.is_null() { 0 } else { unsafe { 1 + Self::depth((*n).left).max(Self::depth((*n).right)) } }
    }

    fn free(n: *mut Node) -> usize {
        if n.is_null() { return 0; }
        let b = unsafe { Box::from_raw(n) };
        1 + Self::free(b.left) + Self::free(b.right)
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let freed = Self::free(self.root);
        println!("tree dropped, freed {} nodes (size was {})", freed, self.size);
    }
}

fn main() {
    let mut t = Tree::new();
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65] {
        t.insert(k);
    }
    println!("duplicate insert 40 accepted: {}", t.insert(40));
    println!("in order: {:?}", t.in_order());
    println!("size {} depth {}", t.size, Tree::depth(t.root));
    unsafe {
        let root = t.root;
        let leftmost = Tree::min_node(root);
        println!("min {} its parent {} root parent null {}", (*leftmost).key, (*(*leftmost).parent).key, (*root).parent.is_null());
        let s = Tree::successor((*(*root).left).right); // successor of 40
        println!("successor of 40 is {}", (*s).key);
        let s45 = Tree::successor((*(*(*root).left).right).right);
        println!("successor of 45 is {}", (*s45).key);
    }
    let mut skewed = Tree::new();
    for k in 1..=6 { skewed.insert(k); }
    println!("skewed in order {:?} depth {}", skewed.in_order(), Tree::depth(skewed.root));
    let empty = Tree::new();
    println!("empty in order {:?} depth {}", empty.in_order(), Tree::depth(empty.root));
}
