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
        Rc::new(Node { name: name.to_string(), size, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
    }
    fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }
    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }
    fn total_size(&self) -> u64 {
        self.size + self.children.borrow().iter().map(|c| c.total_size()).sum::<u64>()
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
    fn find(self: &Rc<Self>, name: &str) -> Option<Rc<Node>> {
        if self.name == name { return Some(Rc::clone(self)); }
        self.children.borrow().iter().find_map(|c| c.find(name))
    }
    fn render(&self, out: &mut Vec<String>) {
        out.push(format!("{}{} ({} total)", "  ".repeat(self.depth()), self.name, self.total_size()));
        for c in self.children.borrow().iter() { c.render(out); }
    }
    fn detach(node: &Rc<Node>) -> bool {
        let Some(parent) = node.parent.borrow().upgrade() else { return false };
        parent.children.borrow_mut().retain(|c| !Rc::ptr_eq(c, node));
        *node.parent.borrow_mut() = Weak::new();
        true
    }
}

fn main() {
    let root = Node::new("root", 1);
    let etc = Node::new("etc", 4);
    let home = Node::new("home", 2);
    let alice = Node::new("alice", 10);
    let notes = Node::new("notes.txt", 120);
    let photo = Node::new("photo.png", 2048);
    Node::add_child(&root, Rc::clone(&etc));
    Node::add_child(&root, Rc::clone(&home));
    Node::add_child(&home, Rc::clone(&alice));
    Node::add_child(&alice, Rc::clone(&notes));
    Node::add_child(&alice, Rc::clone(&photo));
    Node::add_child(&etc, Node::new("hosts", 64));

    let mut lines = Vec::new();
    root.render(&mut lines);
    for l in &lines { println!("{}", l); }
    println!("path of photo: {}", photo.path());
    println!("depth of notes: {}", notes.depth());
    println!("alice strong={} weak={}", Rc::strong_count(&alice), Rc::weak_count(&alice));
    println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    match root.find("hosts") {
        Some(n) => println!("found hosts at {} size {}", n.path(), n.size),
        None => println!("hosts missing"),
    }
    println!("find missing: {:?}", root.find("nope").map(|n| n.name.clone()));
    println!("detach alice: {}", Node::detach(&alice));
    println!("detach alice again: {}", Node::detach(&alice));
    println!("alice path now: {}, root total {}", photo.path(), root.total_size());
    println!("home weak count after detach: {}", Rc::weak_count(&home));
    let orphan_parent = {
        let temp = Node::new("tmp", 0);
        let child = Node::new("scratch", 5);
        Node::add_child(&temp, Rc::clone(&child));
        child
    };
    println!("scratch parent alive? {}", orphan_parent.parent.borrow().upgrade().is_some());
    println!("scratch path: {}", orphan_parent.path());
    let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
    println!("root children: {:?}", names);
    let hosts = root.find("hosts").unwrap();
    println!("hosts parent: {:?}", hosts.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("{:?}", Node::new("leaf", 3).children);
}
