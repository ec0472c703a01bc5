// A binary search tree of Option<Box<Node>> with iterative insertion through a
// `&mut Option<Box<_>>` cursor, lookups returning references, and in-order walks.
use std::cmp::Ordering;
use std::collections::VecDeque;

#[derive(Debug)]
struct Node<K, V> {
    key: K,
    val: V,
    left: Option<Box<Node<K, V>>>,
    right: Option<Box<Node<K, V>>>,
}

struct Tree<K, V> {
    root: Option<Box<Node<K, V>>>,
}

impl<K: Ord, V> Tree<K, V> {
    fn new() -> Self {
        Tree { root: None }
    }

    fn insert(&mut self, key: K, val: V) -> Option<V> {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                Ordering::Less => cur = &mut node.left,
                Ordering::Greater => cur = &mut node.right,
                Ordering::Equal => return Some(std::mem::replace(&mut node.val, val)),
            }
        }
        *cur = Some(Box::new(Node { key, val, left: None, right: None }));
        None
    }

    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self.root.as_ref();
        while let Some(n) = cur {
            cur = match key.cmp(&n.key) {
                Ordering::Less => n.left.as_ref(),
                Ordering::Greater => n.right.as_ref(),
                Ordering::Equal => return Some(&n.val),
            };
        }
        None
    }

    fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let mut cur = self.root.as_deref_mut();
        while let Some(n) = cur {
            match key.cmp(&n.key) {
                Ordering::Less => cur = n.left.as_deref_mut(),
                Ordering::Greater => cur = n.right.as_deref_mut(),
                Ordering::Equal => return Some(&mut n.val),
            }
        }
        None
    }

    fn in_order(&self) -> Vec<(&K, &V)> {
        let mut out = Vec::new();
        let mut stack: Vec<&Node<K, V>> = Vec::new();
        let mut cur = self.root.as_deref();
        while cur.is_some() || !stack.is_empty() {
            while let Some(n) = cur {
                stack.push(n);
                cur = n.left.as_deref();
            }
            let n = stack.pop().unwrap();
            out.push((&n.key, &n.val));
            cur = n.right.as_deref();
        }
        out
    }

    fn depth(&self) -> usize {
        let mut q: VecDeque<(&Node<K, V>, usize)> = VecDeque::new();
        if let Some(r) = &self.root {
            q.push_back((r, 1));
        }
        let mut best = 0;
        while let Some((n, d)) = q.pop_front() {
            best = best.max(d);
            for child in [&n.left, &n.right].into_iter().flatten() {
                q.push_back((child, d + 1));
            }
        }
        best
    }
}

fn main() {
    let mut t: Tree<String, Vec<u32>> = Tree::new();
    let text = "m f t b h p w a c g k";
    for (i, w) in text.split(' ').enumerate() {
        t.insert(w.to_string(), vec![i as u32]);
    }
    let old = t.insert("h".to_string(), vec![100]);
    println!("replaced h: {:?}", old);
    if let Some(v) = t.get_mut(&"k".to_string()) {
        v.push(42);
        v.push(43);
    }
    for key in ["k", "z", "a"] {
        println!("get {} -> {:?}", key, t.get(&key.to_string()));
    }
    let walk = t.in_order();
    let keys: Vec<&str> = walk.iter().map(|(k, _)| k.as_str()).collect();
    println!("in order: {}", keys.join(""));
    let biggest = walk.iter().max_by_key(|(_, v)| v.iter().sum::<u32>()).map(|(k, _)| *k);
    println!("biggest payload: {:?}", biggest);
    println!("depth {}", t.depth());

    let mut nums: Tree<i32, char> = Tree::new();
    for (i, n) in [50, 30, 70, 20, 40, 60, 80, 35].iter().enumerate() {
        nums.insert(*n, (b'a' + i as u8) as char);
    }
    let s: String = nums.in_order().into_iter().map(|(_, c)| *c).collect();
    println!("nums order chars {} depth {}", s, nums.depth());
}
