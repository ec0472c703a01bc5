// Compare heights of BSTs built from different insertion orders; check balance.
struct Node {
    v: u16,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

#[derive(Default)]
struct Tree {
    root: Option<Box<Node>>,
}

impl Tree {
    fn from_slice(items: &[u16]) -> Tree {
        let mut t = Tree::default();
        items.iter().for_each(|&x| t.insert(x));
        t
    }
    fn insert(&mut self, v: u16) {
        let mut link = &mut self.root;
        while let Some(n) = link {
            link = if v < n.v { &mut n.left } else { &mut n.right };
        }
        *link = Some(Box::new(Node { v, left: None, right: None }));
    }
    fn height(&self) -> usize {
        fn go(n: Option<&Node>) -> usize {
            n.map_or(0, |n| 1 + go(n.left.as_deref()).max(go(n.right.as_deref())))
        }
        go(self.root.as_deref())
    }
    fn is_balanced(&self) -> bool {
        fn check(n: Option<&Node>) -> Option<usize> {
            let Some(n) = n else { return Some(0) };
            let l = check(n.left.as_deref())?;
            let r = check(n.right.as_deref())?;
            if l.abs_diff(r) > 1 { None } else { Some(1 + l.max(r)) }
        }
        check(self.root.as_deref()).is_some()
    }
    fn leaves(&self) -> Vec<u16> {
        let mut stack: Vec<&Node> = self.root.as_deref().into_iter().collect();
        let mut out = vec![];
        while let Some(n) = stack.pop() {
            match (n.left.as_deref(), n.right.as_deref()) {
                (None, None) => out.push(n.v),
                (l, r) => {
                    stack.extend(r);
                    stack.extend(l);
                }
            }
        }
        out
    }
}

fn balanced_order(sorted: &[u16], out: &mut Vec<u16>) {
    if sorted.is_empty() {
        return;
    }
    let mid = sorted.len() / 2;
    out.push(sorted[mid]);
    let (left, right) = sorted.split_at(mid);
    balanced_order(left, out);
    balanced_order(&right[1..], out);
}

fn main() {
    let sorted: Vec<u16> = (1..=15).collect();
    let mut mid_first = Vec::new();
    balanced_order(&sorted, &mut mid_first);
    let mut zigzag: Vec<u16> = Vec::new();
    let (mut lo, mut hi) = (1u16, 15u16);
    while lo <= hi {
        zigzag.push(lo);
        if lo != hi {
            zigzag.push(hi);
        }
        lo += 1;
        hi -= 1;
    }
    let orders: [(&str, &[u16]); 4] = [
        ("sorted", &sorted),
        ("reversed", &sorted.iter().rev().copied().collect::<Vec<_>>()),
        ("balanced", &mid_first),
        ("zigzag", &zigzag),
    ];
    println!("{:<10}|{:^8}|{:^10}| leaves", "order", "height", "balanced");
    println!("{}", "-".repeat(40));
    for (name, items) in orders.iter() {
        let t = Tree::from_slice(items);
        println!("{:<10}|{:^8}|{:^10}| {:?}", name, t.height(), t.is_balanced(), t.leaves());
    }
    println!("balanced insertion order: {:?}", mid_first);
}
