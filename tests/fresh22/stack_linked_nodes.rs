// A linked list whose nodes all live in stack frames of a recursive function.
#[derive(Debug)]
struct Node<'a> {
    value: u32,
    prev: Option<&'a Node<'a>>,
}

impl<'a> Node<'a> {
    fn depth(&self) -> usize {
        let mut d = 1;
        let mut cur = self.prev;
        while let Some(n) = cur {
            d += 1;
            cur = n.prev;
        }
        d
    }

    fn sum(&self) -> u64 {
        self.value as u64 + self.prev.map_or(0, |p| p.sum())
    }

    fn values(&self) -> Vec<u32> {
        let mut out = Vec::new();
        let mut cur = Some(self);
        while let Some(n) = cur {
            out.push(n.value);
            cur = n.prev;
        }
        out.reverse();
        out
    }
}

fn build(n: u32, prev: Option<&Node>, report: &mut Vec<String>) -> u64 {
    let node = Node { value: n * n % 17, prev };
    if n % 250 == 0 || n < 3 {
        report.push(format!("n={} depth={} sum={}", n, node.depth(), node.sum()));
    }
    if n == 0 {
        let vals = node.values();
        report.push(format!("chain head 5 = {:?}", &vals[..5]));
        return node.sum();
    }
    build(n - 1, Some(&node), report)
}

fn main() {
    // Build a short chain by hand from locals.
    let a = Node { value: 1, prev: None };
    let b = Node { value: 2, prev: Some(&a) };
    let c = Node { value: 3, prev: Some(&b) };
    let d = Node { value: 4, prev: Some(&c) };
    println!("d.depth = {}, d.sum = {}, values = {:?}", d.depth(), d.sum(), d.values());
    println!("c = {:?}", c);

    // Two chains sharing a common tail.
    let x = Node { value: 10, prev: Some(&b) };
    let y = Node { value: 20, prev: Some(&x) };
    println!("y values = {:?}, d values = {:?}", y.values(), d.values());
    let shared = std::ptr::eq(y.prev.unwrap().prev.unwrap(), d.prev.unwrap().prev.unwrap());
    println!("y and d share node b: {}", shared);

    // A long chain: each recursive frame holds one node (depth 1500).
    let mut report = Vec::new();
    let total = build(1500, None, &mut report);
    for line in &report {
        println!("{}", line);
    }
    println!("total over chain = {}", total);

    // Nodes in a local array linked by index-derived references.
    let base = Node { value: 100, prev: None };
    let ring: [Node; 4] = [
        Node { value: 5, prev: Some(&base) },
        Node { value: 6, prev: Some(&base) },
        Node { value: 7, prev: None },
        Node { value: 8, prev: Some(&a) },
    ];
    for (i, n) in ring.iter().enumerate() {
        println!("ring[{}] depth={} sum={}", i, n.depth(), n.sum());
    }
    let tail = Node { value: 9, prev: Some(&ring[3]) };
    println!("tail values = {:?}", tail.values());
}
