// A tree with Rc children and Weak parent pointers.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    size: u64,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str, size: u64) -> Rc<Node> {
        Rc::new(Node {
            name: name.to_string(),
            size,
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![]),
        })
    }

    fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }

    fn total_size(&self) -> u64 {
        self.size + self.children.borrow().iter().map(|c| c.total_size()).sum::<u64>()
    }

    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }

    fn depth(&self) -> usize {
        let mut d = 0;
        let mut cur = self.parent.borrow().upgrade();
        while let Some(p) = cur {
            d += 1;
            cur = p.parent.borrow().upgrade();
        }
        d
    }
}

fn print_tree(node: &Rc<Node>, indent: usize) {
    println!("{:indent$}{} ({} / {})", "", node.name, node.size, node.total_size(), indent = indent * 2);
    for c in node.children.borrow().iter() {
        print_tree(c, indent + 1);
    }
}

fn find(node: &Rc<Node>, name: &str) -> Option<Rc<Node>> {
    if node.name == name {
        return Some(Rc::clone(node));
    }
    node.children.borrow().iter().find_map(|c| find(c, name))
}

fn main() {
    let root = Node::new("root", 1);
    let src = Node::new("src", 4);
    let docs = Node::new("docs", 2);
    Node::add_child(&root, src.clone());
    Node::add_child(&root, docs.clone());
    Node::add_child(&src, Node::new("main.rs", 120));
    Node::add_child(&src, Node::new("lib.rs", 80));
    let util = Node::new("util", 4);
    Node::add_child(&src, util.clone());
    Node::add_child(&util, Node::new("fmt.rs", 33));
    Node::add_child(&docs, Node::new("README.md", 15));

    print_tree(&root, 0);
    let f = find(&root, "fmt.rs").expect("exists");
    println!("path: {} depth {}", f.path(), f.depth());
    println!("missing: {:?}", find(&root, "nope").map(|n| n.name.clone()));

    println!("src strong={} weak={}", Rc::strong_count(&src), Rc::weak_count(&src));
    println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));

    let orphan_parent = Rc::downgrade(&util);
    drop(util);
    println!("util alive: {}", orphan_parent.upgrade().is_some());
    src.children.borrow_mut().retain(|c| c.name != "util");
    println!("util alive after detach: {}", orphan_parent.upgrade().is_some());
    println!("fmt.rs path now: {}", f.path());
    drop(root);
    println!("src parent after root dropped: {:?}", src.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("src path: {}", src.path());
}
