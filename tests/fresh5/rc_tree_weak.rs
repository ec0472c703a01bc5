// A tree with Rc children and Weak parent links; counts and drop order as it is torn down.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

impl Drop for TreeNode {
    fn drop(&mut self) {
        println!("  drop {} (children {})", self.name, self.children.borrow().len());
    }
}

fn node(name: &str) -> Rc<TreeNode> {
    Rc::new(TreeNode { name: name.into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn adopt(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(n: &Rc<TreeNode>) -> String {
    let mut parts = vec![n.name.clone()];
    let mut cur = n.parent.borrow().upgrade();
    while let Some(p) = cur {
        parts.push(p.name.clone());
        cur = p.parent.borrow().upgrade();
    }
    parts.reverse();
    parts.join("/")
}

fn count(n: &Rc<TreeNode>) -> usize {
    1 + n.children.borrow().iter().map(count).sum::<usize>()
}

fn main() {
    let root = node("root");
    let a = node("a");
    let b = node("b");
    let a1 = node("a1");
    adopt(&root, a.clone());
    adopt(&root, b.clone());
    adopt(&a, a1.clone());
    println!("nodes {}", count(&root));
    println!("path of a1: {}", path(&a1));
    println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("a strong {} weak {}", Rc::strong_count(&a), Rc::weak_count(&a));
    println!("a1 strong {} weak {}", Rc::strong_count(&a1), Rc::weak_count(&a1));

    println!("dropping local handles a and b:");
    drop(a);
    drop(b);
    println!("still {} nodes", count(&root));

    println!("detach a (and its subtree) from root:");
    let detached = root.children.borrow_mut().remove(0);
    println!("detached {} strong {}", detached.name, Rc::strong_count(&detached));
    println!("a1 path still {}", path(&a1));
    drop(detached);
    println!("a1 parent alive? {}", a1.parent.borrow().upgrade().is_some());
    println!("a1 path now {}", path(&a1));

    println!("reparent a1 under root:");
    adopt(&root, a1.clone());
    println!("a1 path {}", path(&a1));
    let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
    println!("root children {:?}", names);

    let weak_root = Rc::downgrade(&root);
    println!("dropping root:");
    drop(root);
    println!("weak root gone: {}", weak_root.upgrade().is_none());
    println!("a1 strong {} (our handle)", Rc::strong_count(&a1));
    println!("end of main");
}
