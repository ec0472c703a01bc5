use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop Node {}", self.name);
    }
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

fn counts(label: &str, rc: &Rc<Node>) {
    println!(
        "{:<22} {}: strong={} weak={}",
        label,
        rc.name,
        Rc::strong_count(rc),
        Rc::weak_count(rc)
    );
}

fn main() {
    let a = Rc::new(41);
    println!("a strong={} weak={}", Rc::strong_count(&a), Rc::weak_count(&a));
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("after 2 clones strong={}", Rc::strong_count(&a));
    println!("ptr_eq(a,b)={} ptr_eq(a,c)={}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &c));
    let other = Rc::new(41);
    println!("ptr_eq(a,other)={} values equal={}", Rc::ptr_eq(&a, &other), a == other);
    drop(b);
    println!("after drop(b) strong={}", Rc::strong_count(&a));
    {
        let _d = Rc::clone(&c);
        println!("inside block strong={}", Rc::strong_count(&a));
    }
    println!("after block strong={}", Rc::strong_count(&a));

    let w = Rc::downgrade(&a);
    println!("downgrade: strong={} weak={}", Rc::strong_count(&a), Rc::weak_count(&a));
    match w.upgrade() {
        Some(v) => println!("upgrade ok value={} strong now={}", v, Rc::strong_count(&v)),
        None => println!("upgrade failed"),
    }
    println!("temp upgrade released, strong={}", Rc::strong_count(&a));
    drop(a);
    drop(c);
    println!("after dropping all strong: upgrade is_none={} w.strong_count={} w.weak_count={}",
        w.upgrade().is_none(), w.strong_count(), w.weak_count());

    println!("-- tree with weak parent links --");
    let leaf = node("leaf");
    counts("leaf created", &leaf);
    {
        let branch = node("branch");
        branch.children.borrow_mut().push(Rc::clone(&leaf));
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        counts("branch linked", &branch);
        counts("leaf linked", &leaf);
        let parent_name = leaf.parent.borrow().upgrade().map(|p| p.name.clone());
        println!("leaf parent = {:?}", parent_name);
        let kids: Vec<String> = branch.children.borrow().iter().map(|k| k.name.clone()).collect();
        println!("branch children = {:?}", kids);
        println!("end of block, branch goes away");
    }
    counts("after block", &leaf);
    let parent_name = leaf.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("leaf parent after drop = {:?}", parent_name);

    let empty: Weak<u8> = Weak::new();
    println!("Weak::new upgrade is_none={} strong_count={}", empty.upgrade().is_none(), empty.strong_count());
    println!("end of main");
}
