// Binary search tree of i32 with insert, contains, in-order traversal and height.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct Bst {
    root: Option<Box<Node>>,
    size: usize,
}

impl Bst {
    fn insert(&mut self, key: i32) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                return false;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            match key.cmp(&node.key) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => cur = &node.left,
                std::cmp::Ordering::Greater => cur = &node.right,
            }
        }
        false
    }

    fn height(&self) -> usize {
        fn h(n: &Option<Box<Node>>) -> usize {
            match n {
                None => 0,
                Some(b) => 1 + h(&b.left).max(h(&b.right)),
            }
        }
        h(&self.root)
    }

    fn in_order(&self) -> Vec<i32> {
        fn walk(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
            if let Some(b) = n {
                walk(&b.left, out);
                out.push(b.key);
                walk(&b.right, out);
            }
        }
        let mut out = Vec::with_capacity(self.size);
        walk(&self.root, &mut out);
        out
    }

    fn min(&self) -> Option<i32> {
        let mut cur = self.root.as_ref()?;
        while let Some(l) = cur.left.as_ref() {
            cur = l;
        }
        Some(cur.key)
    }
}

fn main() {
    let mut tree = Bst::default();
    let keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50];
    let mut dupes = Vec::new();
    for &k in &keys {
        if !tree.insert(k) {
            dupes.push(k);
        }
    }
    println!("size={} height={} duplicates={:?}", tree.size, tree.height(), dupes);
    println!("in-order: {:?}", tree.in_order());
    for probe in [35, 36, 80, 10] {
        println!("contains({:>2}) = {}", probe, tree.contains(probe));
    }
    println!("min = {:?}", tree.min());
    let sorted = tree.in_order();
    println!("is sorted: {}", sorted.windows(2).all(|w| w[0] < w[1]));

    let mut skewed = Bst::default();
    (1..=6).for_each(|k| {
        skewed.insert(k);
    });
    println!("skewed height = {}, empty min = {:?}", skewed.height(), Bst::default().min());
}
