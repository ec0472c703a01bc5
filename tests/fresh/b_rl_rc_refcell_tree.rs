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

    fn print(&self, depth: usize) {
        println!("{}{} (own {}, total {})", "  ".repeat(depth), self.name, self.size, self.total_size());
        for c in self.children.borrow().iter() {
            c.print(depth + 1);
        }
    }
}

fn main() {
    let root = Node::new("root", 0);
    let docs = Node::new("docs", 120);
    let src = Node::new("src", 40);
    let main_rs = Node::new("main.rs", 2_300);
    let lib_rs = Node::new("lib.rs", 5_120);
    let readme = Node::new("README.md", 880);

    Node::add_child(&root, docs.clone());
    Node::add_child(&root, src.clone());
    Node::add_child(&src, main_rs.clone());
    Node::add_child(&src, lib_rs.clone());
    Node::add_child(&docs, readme.clone());

    root.print(0);
    println!("path of lib.rs: {}", lib_rs.path());
    println!("path of README: {}", readme.path());
    println!("src strong={} weak={}", Rc::strong_count(&src), Rc::weak_count(&src));
    println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));

    let shared = Rc::new(RefCell::new(Vec::<String>::new()));
    let loggers: Vec<Rc<RefCell<Vec<String>>>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    for (i, l) in loggers.iter().enumerate() {
        l.borrow_mut().push(format!("logger {} was here", i));
    }
    println!("log entries: {:?}", shared.borrow());
    println!("shared strong count: {}", Rc::strong_count(&shared));
    drop(loggers);
    println!("after drop: {}", Rc::strong_count(&shared));

    let orphan_parent = {
        let tmp = Node::new("tmp", 1);
        let child = Node::new("child", 2);
        Node::add_child(&tmp, child.clone());
        child
    };
    println!("orphan path: {}, parent alive: {}", orphan_parent.path(), orphan_parent.parent.borrow().upgrade().is_some());
}
