// A graph of Rc<RefCell<Node>> with Weak back-edges; borrow_mut scoped in blocks
// so that no two borrows conflict at runtime.
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    weight: u32,
    out: Vec<Rc<RefCell<Node>>>,
    parents: Vec<Weak<RefCell<Node>>>,
}

type NodeRef = Rc<RefCell<Node>>;

fn node(name: &str, weight: u32) -> NodeRef {
    Rc::new(RefCell::new(Node { name: name.to_string(), weight, out: vec![], parents: vec![] }))
}

fn link(from: &NodeRef, to: &NodeRef) {
    {
        let mut f = from.borrow_mut();
        f.out.push(Rc::clone(to));
    }
    to.borrow_mut().parents.push(Rc::downgrade(from));
}

fn reachable_weight(start: &NodeRef) -> (u32, Vec<String>) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut q: VecDeque<NodeRef> = VecDeque::new();
    q.push_back(Rc::clone(start));
    let mut total = 0;
    let mut order = Vec::new();
    while let Some(n) = q.pop_front() {
        let b = n.borrow();
        if !seen.insert(b.name.clone()) {
            continue;
        }
        total += b.weight;
        order.push(b.name.clone());
        for child in &b.out {
            q.push_back(Rc::clone(child));
        }
    }
    (total, order)
}

fn main() {
    let names = ["root", "a", "b", "c", "leaf"];
    let nodes: BTreeMap<&str, NodeRef> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (*n, node(n, (i as u32 + 1) * 10)))
        .collect();
    for (f, t) in [("root", "a"), ("root", "b"), ("a", "c"), ("b", "c"), ("c", "leaf"), ("b", "leaf")] {
        link(&nodes[f], &nodes[t]);
    }

    let (w, order) = reachable_weight(&nodes["root"]);
    println!("from root: weight {} order {:?}", w, order);

    // Mutate through one handle, observe through another.
    {
        let c = &nodes["c"];
        let mut cm = c.borrow_mut();
        cm.weight *= 3;
        cm.name.push_str("-heavy");
    }
    let (w2, order2) = reachable_weight(&nodes["a"]);
    println!("from a: weight {} order {:?}", w2, order2);

    // Walk parents via Weak upgrade.
    let leaf = &nodes["leaf"];
    let parent_names: Vec<String> = leaf
        .borrow()
        .parents
        .iter()
        .filter_map(|p| p.upgrade())
        .map(|p| p.borrow().name.clone())
        .collect();
    println!("leaf parents: {:?}", parent_names);

    // Propagate weights upward: each parent gains its children's weight.
    for name in ["leaf", "c"] {
        let child = &nodes[name];
        let (w, parents) = {
            let b = child.borrow();
            (b.weight, b.parents.clone())
        };
        for p in parents.iter().filter_map(Weak::upgrade) {
            p.borrow_mut().weight += w;
        }
    }
    for (k, v) in &nodes {
        let b = v.borrow();
        println!("{:<5} name={:<8} weight={:>4} out={} strong={} weak={}",
            k, b.name, b.weight, b.out.len(), Rc::strong_count(v), Rc::weak_count(v));
    }

    // try_borrow_mut fails while a shared borrow is alive.
    let r = &nodes["root"];
    let guard = r.borrow();
    let attempt = r.try_borrow_mut().is_err();
    drop(guard);
    let after = r.try_borrow_mut().is_ok();
    println!("conflict detected: {}, free after drop: {}", attempt, after);
}
