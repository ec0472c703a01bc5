use std::cell::RefCell;
use std::collections::{BTreeSet, VecDeque};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    id: u32,
    label: String,
    edges: Vec<Rc<RefCell<Node>>>,
    parent: Option<Weak<RefCell<Node>>>,
    visits: u32,
}

type NodeRef = Rc<RefCell<Node>>;

fn node(id: u32, label: &str) -> NodeRef {
    Rc::new(RefCell::new(Node { id, label: label.to_string(), edges: vec![], parent: None, visits: 0 }))
}

fn connect(a: &NodeRef, b: &NodeRef) {
    a.borrow_mut().edges.push(Rc::clone(b));
    if b.borrow().parent.is_none() {
        b.borrow_mut().parent = Some(Rc::downgrade(a));
    }
}

fn bfs(start: &NodeRef) -> Vec<(u32, usize)> {
    let mut seen = BTreeSet::new();
    let mut q = VecDeque::new();
    let mut order = vec![];
    q.push_back((Rc::clone(start), 0usize));
    seen.insert(start.borrow().id);
    while let Some((n, depth)) = q.pop_front() {
        n.borrow_mut().visits += 1;
        let nb = n.borrow();
        order.push((nb.id, depth));
        for e in &nb.edges {
            let id = e.borrow().id;
            if seen.insert(id) { q.push_back((Rc::clone(e), depth + 1)); }
        }
    }
    order
}

fn path_to_root(n: &NodeRef) -> Vec<String> {
    let mut out = vec![n.borrow().label.clone()];
    let mut cur = n.borrow().parent.as_ref().and_then(|w| w.upgrade());
    while let Some(p) = cur {
        out.push(p.borrow().label.clone());
        if out.len() > 10 { break; }
        cur = p.borrow().parent.as_ref().and_then(|w| w.upgrade());
    }
    out
}

fn main() {
    let names = ["root", "alpha", "beta", "gamma", "delta", "eps", "zeta"];
    let nodes: Vec<NodeRef> = names.iter().enumerate().map(|(i, n)| node(i as u32, n)).collect();
    let edges = [(0, 1), (0, 2), (1, 3), (1, 4), (2, 4), (4, 5), (5, 0), (3, 6), (6, 5)];
    for &(a, b) in &edges { connect(&nodes[a], &nodes[b]); }
    for n in &nodes {
        let nb = n.borrow();
        let outs: Vec<&str> = Vec::new();
        let _ = outs;
        let targets: Vec<String> = nb.edges.iter().map(|e| e.borrow().label.clone()).collect();
        println!("{:>2} {:<6} -> [{}] strong={} weak={}", nb.id, nb.label, targets.join(","), Rc::strong_count(n), Rc::weak_count(n));
    }
    let order = bfs(&nodes[0]);
    println!("bfs from root: {:?}", order);
    let order2 = bfs(&nodes[3]);
    println!("bfs from gamma: {}", order2.iter().map(|(i, d)| format!("{}@{}", names[*i as usize], d)).collect::<Vec<_>>().join(" "));
    for i in [5usize, 6, 4] {
        println!("path {} -> {}", names[i], path_to_root(&nodes[i]).join(" <- "));
    }
    nodes[2].borrow_mut().label.push_str("*");
    let visits: Vec<u32> = nodes.iter().map(|n| n.borrow().visits).collect();
    println!("visits: {:?}", visits);
    println!("labels: {:?}", nodes.iter().map(|n| n.borrow().label.clone()).collect::<Vec<_>>());
    for n in &nodes { n.borrow_mut().edges.clear(); }
    println!("strong after clear: {:?}", nodes.iter().map(Rc::strong_count).collect::<Vec<_>>());
}
