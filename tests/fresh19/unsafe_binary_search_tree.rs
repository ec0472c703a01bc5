// Binary search tree with raw *mut Node links and parent pointers.
use std::ptr;

struct Node { key: i32, left: *mut Node, right: *mut Node, parent: *mut Node }

struct Tree { root: *mut Node, size: usize }

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let (mut parent, mut cur) = (ptr::null_mut::<Node>(), self.root);
        unsafe {
            while !cur.is_null() {
                if key == (*cur).key { return false; }
                parent = cur;
                cur = if key < (*cur).key { (*cur).left } else { (*cur).right };
            }
            let n = Box::into_raw(Box::new(Node { key, left: ptr::null_mut(), right: ptr::null_mut(), parent }));
            if parent.is_null() { self.root = n } else if key < (*parent).key { (*parent).left = n } else { (*parent).right = n }
        }
        self.size += 1;
        true
    }

    fn find(&self, key: i32) -> *mut Node {
        let mut cur = self.root;
        unsafe {
            while !cur.is_null() && (*cur).key != key {
                cur = if key < (*cur).key { (*cur).left } else { (*cur).right };
            }
        }
        cur
    }

    fn min_of(mut n: *mut Node) -> *mut Node {
        unsafe { while !(*n).left.is_null() { n = (*n).left; } }
        n
    }

    // in-order successor using parent links, no stack needed
    fn successor(n: *mut Node) -> *mut Node {
        unsafe {
            if !(*n).right.is_null() { return Tree::min_of((*n).right); }
            let (mut child, mut p) = (n, (*n).parent);
            while !p.is_null() && ptr::eq((*p).right, child) {
                child = p;
                p = (*p).parent;
            }
            p
        }
    }

    fn in_order(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut n = if self.root.is_null() { self.root } else { Tree::min_of(self.root) };
        while !n.is_null() {
            out.push(unsafe { (*n).key });
            n = Tree::successor(n);
        }
        out
    }

    fn remove(&mut self, key: i32) -> bool {
        let mut n = self.find(key);
        if n.is_null() { return false; }
        unsafe {
            if !(*n).left.is_null() && !(*n).right.is_null() {
                // copy successor's key here, then unlink the successor node instead
                let s = Tree::min_of((*n).right);
                (*n).key = (*s).key;
                n = s;
            }
            let child = if (*n).left.is_null() { (*n).right } else { (*n).left };
            let parent = (*n).parent;
            if parent.is_null() { self.root = child } else if ptr::eq((*parent).left, n) { (*parent).left = child } else { (*parent).right = child }
            if !child.is_null() { (*child).parent = parent; }
            drop(Box::from_raw(n));
        }
        self.size -= 1;
        true
    }

    fn height(n: *const Node) -> usize {
        if n.is_null() { 0 } else { unsafe { 1 + Tree::height((*n).left).max(Tree::height((*n).right)) } }
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let (mut stack, mut freed) = (vec![self.root], 0);
        while let Some(n) = stack.pop() {
            if n.is_null() { continue; }
            unsafe {
                stack.push((*n).left);
                stack.push((*n).right);
                drop(Box::from_raw(n));
            }
            freed += 1;
        }
        println!("tree dropped, freed {} nodes", freed);
    }
}

fn main() {
    let mut t = Tree { root: ptr::null_mut(), size: 0 };
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65] {
        t.insert(k);
    }
    println!("duplicate insert of 40 accepted: {}", t.insert(40));
    println!("in order: {:?}", t.in_order());
    println!("size {} height {}", t.size, Tree::height(t.root));
    println!("find 45 non-null: {}, find 99 null: {}", !t.find(45).is_null(), t.find(99).is_null());
    let p = unsafe { (*t.find(35)).parent };
    println!("parent of 35 is {}", unsafe { (*p).key });
    println!("remove 30 (two children): {}", t.remove(30));
    println!("remove 80 (leaf): {}", t.remove(80));
    println!("remove 50 (root): {}", t.remove(50));
    println!("remove 12 (missing): {}", t.remove(12));
    println!("in order: {:?}", t.in_order());
    println!("root key now {} size {} height {}", unsafe { (*t.root).key }, t.size, Tree::height(t.root));
}
