// Reference counting: strong, weak, ptr_eq and the last owner doing the drop.
use std::rc::{Rc, Weak};

struct Node {
    name: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  drop Node {}", self.name);
    }
}

fn counts<T>(label: &str, rc: &Rc<T>) {
    println!("{label:<24} strong={} weak={}", Rc::strong_count(rc), Rc::weak_count(rc));
}

fn borrow_it(n: &Rc<Node>) -> usize {
    n.name.len()
}

fn take_it(n: Rc<Node>) -> usize {
    println!("  take_it sees strong={}", Rc::strong_count(&n));
    n.name.len()
}

fn main() {
    let a = Rc::new(Node { name: "alpha".into() });
    counts("new", &a);
    let b = Rc::clone(&a);
    counts("after clone", &a);
    println!("ptr_eq(a,b) = {}", Rc::ptr_eq(&a, &b));
    let other = Rc::new(Node { name: "alpha".into() });
    println!("ptr_eq(a,other) = {} (same contents though: {})", Rc::ptr_eq(&a, &other), a.name == other.name);

    let len = borrow_it(&a);
    counts("after borrow_it", &a);
    let len2 = take_it(Rc::clone(&a));
    counts("after take_it", &a);
    println!("lens {len} {len2}");

    let w: Weak<Node> = Rc::downgrade(&a);
    counts("after downgrade", &a);
    println!("weak strong_count={} weak_count={}", w.strong_count(), w.weak_count());
    match w.upgrade() {
        Some(n) => println!("upgrade ok: {} (strong now {})", n.name, Rc::strong_count(&n)),
        None => println!("upgrade failed"),
    }

    println!("dropping a:");
    drop(a);
    counts("b after dropping a", &b);
    println!("dropping b (last owner):");
    drop(b);
    println!("weak upgrade now is_none = {}", w.upgrade().is_none());
    println!("weak strong_count={}", w.strong_count());

    println!("vector of shared handles:");
    let shared = Rc::new(Node { name: "shared".into() });
    let handles: Vec<Rc<Node>> = (0..4).map(|_| Rc::clone(&shared)).collect();
    counts("with 4 handles", &shared);
    let all_same = handles.iter().all(|h| Rc::ptr_eq(h, &shared));
    println!("all ptr_eq: {all_same}");
    drop(handles);
    counts("handles dropped", &shared);

    println!("Rc<str> and Rc<[T]>:");
    let s: Rc<str> = Rc::from("hello");
    let s2 = s.clone();
    println!("  rc str {} len {} strong {}", s2, s2.len(), Rc::strong_count(&s));
    let nums: Rc<[i32]> = vec![1, 2, 3].into();
    println!("  rc slice sum {} size_of Rc<[i32]> {}", nums.iter().sum::<i32>(), std::mem::size_of::<Rc<[i32]>>());

    println!("Weak::new never upgrades:");
    let empty: Weak<Node> = Weak::new();
    println!("  {}", empty.upgrade().is_none());

    let keep = Rc::new(Node { name: "keep".into() });
    let _w2 = Rc::downgrade(&keep);
    let _w3 = Rc::downgrade(&keep);
    counts("keep", &keep);
    println!("end of main");
}
