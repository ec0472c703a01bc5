use std::cell::RefCell;
use std::rc::{Rc, Weak};

type Link = Option<Rc<RefCell<DNode>>>;

#[derive(Debug)]
struct DNode {
    value: String,
    next: Link,
    prev: Option<Weak<RefCell<DNode>>>,
}

#[derive(Default)]
struct Playlist {
    head: Link,
    tail: Link,
    len: usize,
}

impl Playlist {
    fn push_back(&mut self, value: &str) {
        let node = Rc::new(RefCell::new(DNode { value: value.to_string(), next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old));
                old.borrow_mut().next = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
            None => {
                self.head = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
        }
        self.len += 1;
    }

    fn push_front(&mut self, value: &str) {
        let node = Rc::new(RefCell::new(DNode { value: value.to_string(), next: None, prev: None }));
        match self.head.take() {
            Some(old) => {
                old.borrow_mut().prev = Some(Rc::downgrade(&node));
                node.borrow_mut().next = Some(old);
                self.head = Some(node);
            }
            None => {
                self.tail = Some(Rc::clone(&node));
                self.head = Some(node);
            }
        }
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<String> {
        self.head.take().map(|old| {
            match old.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev = None;
                    self.head = Some(next);
                }
                None => {
                    self.tail = None;
                }
            }
            self.len -= 1;
            Rc::try_unwrap(old).ok().expect("single owner").into_inner().value
        })
    }

    fn forward(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(node) = cur {
            out.push(node.borrow().value.clone());
            cur = node.borrow().next.clone();
        }
        out
    }

    fn backward(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(node) = cur {
            out.push(node.borrow().value.clone());
            cur = node.borrow().prev.as_ref().and_then(Weak::upgrade);
        }
        out
    }
}

fn main() {
    let mut list = Playlist::default();
    for song in ["intro", "verse", "chorus"] {
        list.push_back(song);
        println!("push_back {:<7} len={} fwd={:?}", song, list.len, list.forward());
    }
    list.push_front("warmup");
    println!("after push_front: {:?}", list.forward());
    println!("backward: {:?}", list.backward());

    if let Some(head) = &list.head {
        println!("head strong={} weak={}", Rc::strong_count(head), Rc::weak_count(head));
    }
    if let Some(tail) = &list.tail {
        println!("tail strong={} weak={}", Rc::strong_count(tail), Rc::weak_count(tail));
        tail.borrow_mut().value.push_str(" (reprise)");
    }
    println!("edited tail: {:?}", list.backward().first());

    while let Some(v) = list.pop_front() {
        println!("popped {:?}, remaining {} -> {:?} / {:?}", v, list.len, list.forward(), list.backward());
    }
    println!("empty pop: {:?}", list.pop_front());

    let orphan_weak = {
        let mut temp = Playlist::default();
        temp.push_back("a");
        temp.push_back("b");
        let w = temp.tail.as_ref().map(Rc::downgrade).unwrap();
        println!("inside scope upgrade: {:?}", w.upgrade().map(|n| n.borrow().value.clone()));
        w
    };
    println!("after scope upgrade is_none: {}", orphan_weak.upgrade().is_none());

    let mut numbers = Playlist::default();
    (1..=5).map(|i| format!("track{}", i)).for_each(|s| numbers.push_front(&s));
    let f = numbers.forward();
    let b = numbers.backward();
    let mirrored = f.iter().zip(b.iter().rev()).all(|(x, y)| x == y);
    println!("forward {:?}\nmirrored: {}", f, mirrored);
}
