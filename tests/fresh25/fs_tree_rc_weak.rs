use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
enum Kind {
    Dir,
    File(u64),
}

#[derive(Debug)]
struct Node {
    name: String,
    kind: Kind,
    parent: Weak<RefCell<Node>>,
    children: Vec<Rc<RefCell<Node>>>,
}

type NodeRef = Rc<RefCell<Node>>;

fn new_node(name: &str, kind: Kind, parent: Option<&NodeRef>) -> NodeRef {
    let node = Rc::new(RefCell::new(Node {
        name: name.to_string(),
        kind,
        parent: parent.map(Rc::downgrade).unwrap_or_default(),
        children: Vec::new(),
    }));
    if let Some(p) = parent {
        p.borrow_mut().children.push(Rc::clone(&node));
    }
    node
}

fn child(dir: &NodeRef, name: &str) -> Option<NodeRef> {
    dir.borrow().children.iter().find(|c| c.borrow().name == name).cloned()
}

fn mkdir_p(root: &NodeRef, path: &str) -> NodeRef {
    let mut cur = Rc::clone(root);
    for part in path.split('/').filter(|p| !p.is_empty()) {
        let next = match child(&cur, part) {
            Some(c) => c,
            None => new_node(part, Kind::Dir, Some(&cur)),
        };
        cur = next;
    }
    cur
}

fn add_file(root: &NodeRef, path: &str, size: u64) -> NodeRef {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    let d = mkdir_p(root, dir);
    new_node(name, Kind::File(size), Some(&d))
}

fn full_path(node: &NodeRef) -> String {
    let mut parts = vec![node.borrow().name.clone()];
    let mut cur = node.borrow().parent.upgrade();
    while let Some(p) = cur {
        parts.push(p.borrow().name.clone());
        cur = p.borrow().parent.upgrade();
    }
    parts.reverse();
    let joined = parts.join("/");
    if joined.is_empty() { "/".to_string() } else { joined }
}

fn total_size(node: &NodeRef) -> u64 {
    let n = node.borrow();
    match n.kind {
        Kind::File(s) => s,
        Kind::Dir => n.children.iter().map(total_size).sum(),
    }
}

fn print_tree(node: &NodeRef, depth: usize) {
    let n = node.borrow();
    match n.kind {
        Kind::File(s) => println!("{}{} ({} B)", "  ".repeat(depth), n.name, s),
        Kind::Dir => {
            println!("{}{}/ [{}]", "  ".repeat(depth), if n.name.is_empty() { "" } else { &n.name }, total_size(node));
            let mut kids: Vec<&NodeRef> = n.children.iter().collect();
            kids.sort_by(|a, b| a.borrow().name.cmp(&b.borrow().name));
            for c in kids {
                print_tree(c, depth + 1);
            }
        }
    }
}

fn collect_dirs(node: &NodeRef, out: &mut Vec<(String, u64)>) {
    if let Kind::Dir = node.borrow().kind {
        out.push((full_path(node), total_size(node)));
        for c in &node.borrow().children {
            collect_dirs(c, out);
        }
    }
}

fn resolve(start: &NodeRef, path: &str) -> Result<NodeRef, String> {
    let mut cur = Rc::clone(start);
    for part in path.split('/') {
        cur = match part {
            "" | "." => cur,
            ".." => cur.borrow().parent.upgrade().ok_or_else(|| "already at root".to_string())?,
            name => child(&cur, name).ok_or_else(|| format!("{}: no such entry in {}", name, full_path(&cur)))?,
        };
    }
    Ok(cur)
}

fn main() {
    let root = new_node("", Kind::Dir, None);
    add_file(&root, "etc/hosts", 220);
    add_file(&root, "etc/nginx/nginx.conf", 1450);
    add_file(&root, "home/ana/notes.md", 3200);
    add_file(&root, "home/ana/photos/cat.jpg", 204800);
    add_file(&root, "home/bo/todo.txt", 90);
    let logs = mkdir_p(&root, "var/log");
    add_file(&root, "var/log/syslog", 51200);
    print_tree(&root, 0);

    let mut dirs = Vec::new();
    collect_dirs(&root, &mut dirs);
    dirs.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("largest directories:");
    for (p, s) in dirs.iter().take(4) {
        println!("  {:>8} {}", s, p);
    }
    let ana = resolve(&root, "home/ana").unwrap();
    for q in ["photos/cat.jpg", "../bo/todo.txt", "../../etc/./nginx", "../carl", "../../.."] {
        match resolve(&ana, q) {
            Ok(n) => println!("resolve {:<18} -> {}", q, full_path(&n)),
            Err(e) => println!("resolve {:<18} !! {}", q, e),
        }
    }
    println!("logs strong={} weak={}", Rc::strong_count(&logs), Rc::weak_count(&logs));
    let orphan = {
        let tmp = new_node("tmp", Kind::Dir, None);
        new_node("scratch", Kind::File(1), Some(&tmp))
    };
    println!("orphan parent alive? {} path={}", orphan.borrow().parent.upgrade().is_some(), full_path(&orphan));
    let removed = {
        let home = child(&root, "home").unwrap();
        let mut h = home.borrow_mut();
        let idx = h.children.iter().position(|c| c.borrow().name == "bo").unwrap();
        h.children.remove(idx)
    };
    println!("removed {} (strong={}), home now {} bytes", removed.borrow().name, Rc::strong_count(&removed), total_size(&child(&root, "home").unwrap()));
    println!("total {} bytes", total_size(&root));
}
