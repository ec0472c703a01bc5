use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  drop node {}", self.name);
    }
}

fn new_node(name: &str) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

fn add_child(parent: &Rc<Node>, child: &Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(child));
}

fn path(node: &Rc<Node>) -> String {
    let mut parts = vec![node.name.clone()];
    let mut cur = node.parent.borrow().upgrade();
    while let Some(p) = cur {
        parts.push(p.name.clone());
        cur = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn print_tree(node: &Rc<Node>, depth: usize) {
    println!(
        "{}{} (strong={}, weak={})",
        "  ".repeat(depth),
        node.name,
        Rc::strong_count(node),
        Rc::weak_count(node)
    );
    for c in node.children.borrow().iter() {
        print_tree(c, depth + 1);
    }
}

fn main() {
    let leaf = new_node("readme.txt");
    println!("leaf parent before: {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    {
        let root = new_node("root");
        let docs = new_node("docs");
        let src = new_node("src");
        add_child(&root, &docs);
        add_child(&root, &src);
        add_child(&docs, &leaf);
        add_child(&src, &new_node("main.rs"));

        print_tree(&root, 0);
        println!("path of leaf: {}", path(&leaf));
        println!("leaf strong={} weak={}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));

        drop(docs);
        println!("after dropping local 'docs' handle, tree still holds it:");
        println!("path of leaf: {}", path(&leaf));
        println!("leaving scope, root dropped:");
    }
    println!("leaf survives: {}", leaf.name);
    println!("leaf parent after: {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("path of leaf now: {}", path(&leaf));
    println!("leaf strong={} weak={}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    println!("end of main");
}
