// A small shared graph with Rc. Counting distinct nodes by Rc::as_ptr,
// checking sharing with Rc::ptr_eq and a round trip through Rc::into_raw.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

struct Node {
    name: String,
    edges: RefCell<Vec<Rc<Node>>>,
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), edges: RefCell::new(Vec::new()) })
}

fn count_reachable(start: &Rc<Node>) -> (usize, Vec<String>) {
    let mut seen: HashSet<*const Node> = HashSet::new();
    let mut order = Vec::new();
    let mut stack = vec![Rc::clone(start)];
    while let Some(n) = stack.pop() {
        if !seen.insert(Rc::as_ptr(&n)) {
            continue;
        }
        order.push(n.name.clone());
        for e in n.edges.borrow().iter().rev() {
            stack.push(Rc::clone(e));
        }
    }
    (seen.len(), order)
}

fn main() {
    let a = node("a");
    let b = node("b");
    let c = node("c");
    let d = node("d");
    a.edges.borrow_mut().push(Rc::clone(&b));
    a.edges.borrow_mut().push(Rc::clone(&c));
    b.edges.borrow_mut().push(Rc::clone(&d));
    c.edges.borrow_mut().push(Rc::clone(&d)); // diamond: d is shared

    let (n, order) = count_reachable(&a);
    println!("reachable from a: {} nodes, dfs order {:?}", n, order);
    println!("strong count of d: {}", Rc::strong_count(&d));

    let via_b = Rc::clone(&b.edges.borrow()[0]);
    let via_c = Rc::clone(&c.edges.borrow()[0]);
    println!("d via b and via c same node: {}", Rc::ptr_eq(&via_b, &via_c));
    let look_alike = node("d");
    println!("look-alike d is same node: {}", Rc::ptr_eq(&via_b, &look_alike));
    drop(via_b);
    drop(via_c);

    // Rc::as_ptr points at the value, the same place a &Node would
    let r: &Node = &d;
    println!("as_ptr == &*d: {}", std::ptr::eq(Rc::as_ptr(&d), r));

    // into_raw/from_raw round trip keeps the count
    let extra = Rc::clone(&d);
    let raw = Rc::into_raw(extra);
    println!("count while raw: {}", Rc::strong_count(&d));
    println!("raw == as_ptr: {}", std::ptr::eq(raw, Rc::as_ptr(&d)));
    println!("name through raw: {}", unsafe { &(*raw).name });
    let back = unsafe { Rc::from_raw(raw) };
    println!("back is d: {}", Rc::ptr_eq(&back, &d));
    drop(back);
    println!("count after from_raw drop: {}", Rc::strong_count(&d));

    // Rc<str>: identity vs equality
    let s1: Rc<str> = Rc::from("shared");
    let s2 = Rc::clone(&s1);
    let s3: Rc<str> = Rc::from("shared");
    println!("s1==s3 by value {}, ptr_eq(s1,s2) {}, ptr_eq(s1,s3) {}", s1 == s3, Rc::ptr_eq(&s1, &s2), Rc::ptr_eq(&s1, &s3));

    // break the diamond so everything is freed
    a.edges.borrow_mut().clear();
    b.edges.borrow_mut().clear();
    c.edges.borrow_mut().clear();
    println!("strong count of d at end: {}", Rc::strong_count(&d));
}
