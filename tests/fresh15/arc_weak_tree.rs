use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread;

#[derive(Debug)]
struct Node {
    name: String,
    size: u64,
    parent: RwLock<Weak<Node>>,
    children: Mutex<Vec<Arc<Node>>>,
}

impl Node {
    fn new(name: &str, size: u64) -> Arc<Node> {
        Arc::new(Node {
            name: name.to_string(),
            size,
            parent: RwLock::new(Weak::new()),
            children: Mutex::new(Vec::new()),
        })
    }

    fn add_child(parent: &Arc<Node>, child: Arc<Node>) {
        *child.parent.write().unwrap() = Arc::downgrade(parent);
        parent.children.lock().unwrap().push(child);
    }

    fn path(&self) -> String {
        let mut parts = vec![self.name.clone()];
        let mut cur = self.parent.read().unwrap().upgrade();
        while let Some(node) = cur {
            parts.push(node.name.clone());
            cur = node.parent.read().unwrap().upgrade();
        }
        parts.reverse();
        parts.join("/")
    }

    fn total_size(&self) -> u64 {
        let kids: Vec<Arc<Node>> = self.children.lock().unwrap().clone();
        self.size + kids.iter().map(|c| c.total_size()).sum::<u64>()
    }
}

fn main() {
    let root = Node::new("root", 1);
    let src = Node::new("src", 2);
    let docs = Node::new("docs", 3);
    Node::add_child(&root, Arc::clone(&src));
    Node::add_child(&root, Arc::clone(&docs));
    let mut leaves = Vec::new();
    for (i, name) in ["main.rs", "lib.rs", "util.rs"].iter().enumerate() {
        let leaf = Node::new(name, 100 * (i as u64 + 1));
        Node::add_child(&src, Arc::clone(&leaf));
        leaves.push(leaf);
    }
    let readme = Node::new("README.md", 50);
    Node::add_child(&docs, Arc::clone(&readme));
    leaves.push(readme);

    println!("root strong={} weak={}", Arc::strong_count(&root), Arc::weak_count(&root));
    println!("src strong={} weak={}", Arc::strong_count(&src), Arc::weak_count(&src));

    let handles: Vec<thread::JoinHandle<(String, u64, usize)>> = leaves
        .iter()
        .map(|leaf| {
            let leaf = Arc::clone(leaf);
            thread::spawn(move || {
                let path = leaf.path();
                let parent = leaf.parent.read().unwrap().upgrade().expect("parent alive");
                let siblings = parent.children.lock().unwrap().len();
                (path, parent.total_size(), siblings)
            })
        })
        .collect();
    let mut results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    results.sort();
    for (path, parent_total, siblings) in &results {
        println!("{:<22} parent_total={:<4} siblings={}", path, parent_total, siblings);
    }
    println!("tree total size: {}", root.total_size());
    println!("after threads: src strong={} leaf0 strong={}", Arc::strong_count(&src), Arc::strong_count(&leaves[0]));

    let weak_docs: Weak<Node> = Arc::downgrade(&docs);
    let weak_root = Arc::downgrade(&root);
    drop(docs);
    println!("docs still alive via root: {}", weak_docs.upgrade().is_some());
    root.children.lock().unwrap().retain(|c| c.name != "docs");
    println!("docs alive after detaching: {}", weak_docs.upgrade().is_some());
    println!("README path now: {}", leaves[3].path());

    let same = Arc::ptr_eq(&leaves[0].parent.read().unwrap().upgrade().unwrap(), &src);
    println!("main.rs parent is src: {}", same);

    drop(root);
    println!("root upgrade after drop: {:?}", weak_root.upgrade().map(|n| n.name.clone()));
    println!("main.rs path after root drop: {}", leaves[0].path());
    println!("weak_root strong_count: {}", weak_root.strong_count());

    let mut shared_numbers = Arc::new(vec![1, 2, 3]);
    let other = Arc::clone(&shared_numbers);
    Arc::make_mut(&mut shared_numbers).push(4);
    println!("make_mut cloned: {:?} vs {:?}, ptr_eq={}", shared_numbers, other, Arc::ptr_eq(&shared_numbers, &other));
    drop(other);
    match Arc::try_unwrap(shared_numbers) {
        Ok(v) => println!("try_unwrap ok: {:?}", v),
        Err(_) => println!("try_unwrap failed"),
    }
}
