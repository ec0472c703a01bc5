use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<T> {
    value: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

#[derive(Debug, Default)]
struct Tree<T> {
    root: Option<Box<Node<T>>>,
    size: usize,
}

impl<T: Ord + Debug> Tree<T> {
    fn new() -> Self {
        Tree { root: None, size: 0 }
    }

    fn insert(&mut self, value: T) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            slot = match value.cmp(&node.value) {
                Ordering::Less => &mut node.left,
                Ordering::Greater => &mut node.right,
                Ordering::Equal => return false,
            };
        }
        *slot = Some(Box::new(Node { value, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, value: &T) -> bool {
        let mut cur = self.root.as_deref();
        while let Some(n) = cur {
            cur = match value.cmp(&n.value) {
                Ordering::Less => n.left.as_deref(),
                Ordering::Greater => n.right.as_deref(),
                Ordering::Equal => return true,
            };
        }
        false
    }

    fn height(node: &Option<Box<Node<T>>>) -> usize {
        node.as_ref().map_or(0, |n| 1 + Self::height(&n.left).max(Self::height(&n.right)))
    }

    fn min(&self) -> Option<&T> {
        let mut cur = self.root.as_deref()?;
        while let Some(l) = cur.left.as_deref() {
            cur = l;
        }
        Some(&cur.value)
    }

    fn iter(&self) -> InOrder<'_, T> {
        let mut it = InOrder { stack: Vec::new() };
        it.push_left(self.root.as_deref());
        it
    }
}

struct InOrder<'a, T> {
    stack: Vec<&'a Node<T>>,
}

impl<'a, T> InOrder<'a, T> {
    fn push_left(&mut self, mut node: Option<&'a Node<T>>) {
        while let Some(n) = node {
            self.stack.push(n);
            node = n.left.as_deref();
        }
    }
}

impl<'a, T> Iterator for InOrder<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        let node = self.stack.pop()?;
        self.push_left(node.right.as_deref());
        Some(&node.value)
    }
}

fn main() {
    let mut tree = Tree::new();
    for v in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10] {
        let inserted = tree.insert(v);
        println!("insert {:>2}: {:<5} size={} height={}", v, inserted, tree.size, Tree::height(&tree.root));
    }
    let sorted: Vec<_> = tree.iter().collect();
    println!("in order: {:?}", sorted);
    println!("min: {:?}", tree.min());
    println!("max via iterator: {:?}", tree.iter().last());
    for probe in [40, 45, 10, 100] {
        println!("contains({}) = {}", probe, tree.contains(&probe));
    }
    let evens: Vec<i32> = tree.iter().filter(|v| *v % 20 == 0).copied().collect();
    println!("multiples of 20: {:?}", evens);
    let sum: i32 = tree.iter().sum();
    let between: Vec<_> = tree.iter().skip_while(|&&v| v < 35).take_while(|&&v| v <= 65).collect();
    println!("sum={} between 35..=65: {:?}", sum, between);
    let pairs: Vec<(usize, &i32)> = tree.iter().enumerate().step_by(3).collect();
    println!("every third with rank: {:?}", pairs);

    let mut words: Tree<String> = Tree::new();
    for w in "the quick brown fox jumps over the lazy dog".split(' ') {
        words.insert(w.to_string());
    }
    println!("distinct words: {} height {}", words.size, Tree::height(&words.root));
    let joined = words.iter().map(String::as_str).collect::<Vec<_>>().join(" < ");
    println!("{}", joined);

    let mut small = Tree::new();
    small.insert('m');
    small.insert('c');
    println!("{:#?}", small.root);

    let mut degenerate = Tree::new();
    (1..=8).for_each(|i| assert!(degenerate.insert(i)));
    println!("degenerate height: {} (size {})", Tree::height(&degenerate.root), degenerate.size);
    let empty: Tree<u8> = Tree::default();
    println!("empty: min={:?} iter_count={} height={}", empty.min(), empty.iter().count(), Tree::height(&empty.root));
}
