use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<T> {
    value: T,
    left: Tree<T>,
    right: Tree<T>,
}

#[derive(Debug)]
struct Tree<T>(Option<Box<Node<T>>>);

impl<T: Ord + Debug + Clone> Tree<T> {
    fn new() -> Self {
        Tree(None)
    }

    fn insert(&mut self, value: T) -> bool {
        match &mut self.0 {
            None => {
                self.0 = Some(Box::new(Node { value, left: Tree::new(), right: Tree::new() }));
                true
            }
            Some(node) => match value.cmp(&node.value) {
                Ordering::Less => node.left.insert(value),
                Ordering::Greater => node.right.insert(value),
                Ordering::Equal => false,
            },
        }
    }

    fn contains(&self, value: &T) -> bool {
        let mut cur = &self.0;
        while let Some(node) = cur {
            cur = match value.cmp(&node.value) {
                Ordering::Less => &node.left.0,
                Ordering::Greater => &node.right.0,
                Ordering::Equal => return true,
            };
        }
        false
    }

    fn in_order(&self, out: &mut Vec<T>) {
        if let Some(node) = &self.0 {
            node.left.in_order(out);
            out.push(node.value.clone());
            node.right.in_order(out);
        }
    }

    fn to_vec(&self) -> Vec<T> {
        let mut v = Vec::new();
        self.in_order(&mut v);
        v
    }

    fn height(&self) -> usize {
        self.0.as_ref().map_or(0, |n| 1 + n.left.height().max(n.right.height()))
    }

    fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |n| 1 + n.left.len() + n.right.len())
    }

    fn min(&self) -> Option<&T> {
        let mut node = self.0.as_ref()?;
        while let Some(l) = node.left.0.as_ref() {
            node = l;
        }
        Some(&node.value)
    }

    fn max(&self) -> Option<&T> {
        let node = self.0.as_ref()?;
        node.right.max().or(Some(&node.value))
    }

    fn pretty(&self, depth: usize, lines: &mut Vec<String>) {
        if let Some(n) = &self.0 {
            n.right.pretty(depth + 1, lines);
            lines.push(format!("{}{:?}", "    ".repeat(depth), n.value));
            n.left.pretty(depth + 1, lines);
        }
    }
}

impl<T: Ord + Debug + Clone> FromIterator<T> for Tree<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut t = Tree::new();
        for v in iter {
            t.insert(v);
        }
        t
    }
}

fn main() {
    let mut tree: Tree<i32> = Tree::new();
    for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65] {
        let inserted = tree.insert(v);
        println!("insert {v:>3}: {inserted:<5} len={:<2} height={}", tree.len(), tree.height());
    }
    println!("insert  40 again: {}", tree.insert(40));
    println!("in order: {:?}", tree.to_vec());
    println!("min={:?} max={:?}", tree.min(), tree.max());
    for q in [35, 36, 80, 5] {
        println!("contains({q}) = {}", tree.contains(&q));
    }

    let mut lines = Vec::new();
    tree.pretty(0, &mut lines);
    println!("\nsideways view:");
    for l in &lines {
        println!("  {l}");
    }

    let words: Tree<String> = "the quick brown fox jumps over the lazy dog"
        .split_whitespace()
        .map(String::from)
        .collect();
    println!("\nword tree: {:?}", words.to_vec());
    println!("words={} height={} first={:?} last={:?}", words.len(), words.height(), words.min(), words.max());

    let degenerate: Tree<u8> = (1..=8).collect();
    println!("\ndegenerate height {} for {} nodes", degenerate.height(), degenerate.len());
    let balanced: Tree<u8> = [4, 2, 6, 1, 3, 5, 7, 8].into_iter().collect();
    println!("balanced-ish height {} for {} nodes", balanced.height(), balanced.len());
    let empty: Tree<u8> = Tree::new();
    println!("empty: len={} min={:?} {:?}", empty.len(), empty.min(), empty);
}
