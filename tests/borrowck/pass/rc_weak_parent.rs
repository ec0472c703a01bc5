use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

fn main() {
    let root = Rc::new(TreeNode { name: "root".into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    let leaf = Rc::new(TreeNode { name: "leaf".into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&root);
    root.children.borrow_mut().push(Rc::clone(&leaf));
    let parent_name = leaf.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("{:?} has {} children", parent_name, root.children.borrow().len());
    println!("strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
}
