use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<K, V> {
    key: K,
    val: V,
    left: Tree<K, V>,
    right: Tree<K, V>,
}

#[derive(Debug)]
struct Tree<K, V>(Option<Box<Node<K, V>>>);

impl<K: Ord + Debug + Clone, V: Debug + Clone> Tree<K, V> {
    fn new() -> Self { Tree(None) }

    fn insert(&mut self, key: K, val: V) -> Option<V> {
        match &mut self.0 {
            None => { self.0 = Some(Box::new(Node { key, val, left: Tree(None), right: Tree(None) })); None }
            Some(n) => match key.cmp(&n.key) {
                Ordering::Less => n.left.insert(key, val),
                Ordering::Greater => n.right.insert(key, val),
                Ordering::Equal => Some(std::mem::replace(&mut n.val, val)),
            },
        }
    }

    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = &self.0;
        while let Some(n) = cur {
            cur = match key.cmp(&n.key) {
                Ordering::Less => &n.left.0,
                Ordering::Greater => &n.right.0,
                Ordering::Equal => return Some(&n.val),
            };
        }
        None
    }

    fn height(&self) -> usize {
        match &self.0 { None => 0, Some(n) => 1 + n.left.height().max(n.right.height()) }
    }

    fn len(&self) -> usize {
        match &self.0 { None => 0, Some(n) => 1 + n.left.len() + n.right.len() }
    }

    fn in_order<'a>(&'a self, out: &mut Vec<(&'a K, &'a V)>) {
        if let Some(n) = &self.0 {
            n.left.in_order(out);
            out.push((&n.key, &n.val));
            n.right.in_order(out);
        }
    }

    fn take_min(&mut self) -> Option<Box<Node<K, V>>> {
        if self.0.as_ref()?.left.0.is_some() {
            self.0.as_mut().unwrap().left.take_min()
        } else {
            let mut node = self.0.take()?;
            self.0 = node.right.0.take();
            Some(node)
        }
    }

    fn remove(&mut self, key: &K) -> Option<V> {
        let n = self.0.as_mut()?;
        match key.cmp(&n.key) {
            Ordering::Less => n.left.remove(key),
            Ordering::Greater => n.right.remove(key),
            Ordering::Equal => {
                let mut node = self.0.take().unwrap();
                self.0 = match (node.left.0.take(), node.right.0.take()) {
                    (None, None) => None,
                    (Some(l), None) => Some(l),
                    (None, Some(r)) => Some(r),
                    (Some(l), Some(r)) => {
                        let mut right = Tree(Some(r));
                        let mut succ = right.take_min().unwrap();
                        succ.left = Tree(Some(l));
                        succ.right = right;
                        Some(succ)
                    }
                };
                Some(node.val)
            }
        }
    }

    fn keys(&self) -> Vec<K> {
        let mut v = Vec::new();
        self.in_order(&mut v);
        v.into_iter().map(|(k, _)| k.clone()).collect()
    }
}

fn main() {
    let mut t: Tree<i32, String> = Tree::new();
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65] {
        t.insert(k, format!("v{}", k));
    }
    println!("keys: {:?}", t.keys());
    println!("len={} height={}", t.len(), t.height());
    println!("replace 40 -> {:?}", t.insert(40, "forty".to_string()));
    println!("get 40 = {:?}, get 99 = {:?}", t.get(&40), t.get(&99));
    for k in [20, 30, 50, 99] {
        let r = t.remove(&k);
        println!("remove {:>2} -> {:<8} keys now {:?}", k, format!("{:?}", r), t.keys());
    }
    println!("len={} height={}", t.len(), t.height());
    let mut pairs = Vec::new();
    t.in_order(&mut pairs);
    for (k, v) in &pairs { println!("  {} => {}", k, v); }
    let mut small: Tree<&str, u8> = Tree::new();
    small.insert("m", 1);
    small.insert("c", 2);
    println!("{:#?}", small);
    let mut skew: Tree<u32, ()> = Tree::new();
    for k in 1..=8 { skew.insert(k, ()); }
    println!("skewed height {} vs len {}", skew.height(), skew.len());
}
