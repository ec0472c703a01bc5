use std::cell::RefCell;
use std::rc::{Rc, Weak};

type Link<T> = Option<Rc<RefCell<Node<T>>>>;

struct Node<T> {
    value: T,
    next: Link<T>,
    prev: Option<Weak<RefCell<Node<T>>>>,
}

pub struct DoublyLinkedList<T> {
    head: Link<T>,
    tail: Link<T>,
    len: usize,
}

impl<T: Clone + std::fmt::Debug> DoublyLinkedList<T> {
    pub fn new() -> Self {
        DoublyLinkedList { head: None, tail: None, len: 0 }
    }

    pub fn push_back(&mut self, value: T) {
        let node = Rc::new(RefCell::new(Node { value, next: None, prev: None }));
        match self.tail.take() {
            Some(old_tail) => {
                node.borrow_mut().prev = Some(Rc::downgrade(&old_tail));
                old_tail.borrow_mut().next = Some(Rc::clone(&node));
            }
            None => self.head = Some(Rc::clone(&node)),
        }
        self.tail = Some(node);
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        let node = Rc::new(RefCell::new(Node { value, next: None, prev: None }));
        match self.head.take() {
            Some(old_head) => {
                old_head.borrow_mut().prev = Some(Rc::downgrade(&node));
                node.borrow_mut().next = Some(old_head);
            }
            None => self.tail = Some(Rc::clone(&node)),
        }
        self.head = Some(node);
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<T> {
        self.head.take().map(|old_head| {
            match old_head.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev = None;
                    self.head = Some(next);
                }
                None => {
                    self.tail = None;
                }
            }
            self.len -= 1;
            let v = old_head.borrow().value.clone();
            v
        })
    }

    pub fn pop_back(&mut self) -> Option<T> {
        let old_tail = self.tail.take()?;
        let prev = old_tail.borrow_mut().prev.take().and_then(|w| w.upgrade());
        match prev {
            Some(p) => {
                p.borrow_mut().next = None;
                self.tail = Some(p);
            }
            None => self.head = None,
        }
        self.len -= 1;
        let value = old_tail.borrow().value.clone();
        Some(value)
    }

    pub fn to_vec_forward(&self) -> Vec<T> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(node) = cur {
            out.push(node.borrow().value.clone());
            cur = node.borrow().next.clone();
        }
        out
    }

    pub fn to_vec_backward(&self) -> Vec<T> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(node) = cur {
            out.push(node.borrow().value.clone());
            cur = node.borrow().prev.as_ref().and_then(Weak::upgrade);
        }
        out
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

fn main() {
    let mut list = DoublyLinkedList::new();
    for x in [3, 4, 5] {
        list.push_back(x);
    }
    list.push_front(2);
    list.push_front(1);
    println!("forward:  {:?}", list.to_vec_forward());
    println!("backward: {:?}", list.to_vec_backward());
    println!("len = {}", list.len());

    if let Some(head) = &list.head {
        println!("head strong={} weak={}", Rc::strong_count(head), Rc::weak_count(head));
    }
    if let Some(tail) = &list.tail {
        println!("tail strong={} weak={}", Rc::strong_count(tail), Rc::weak_count(tail));
    }

    println!("pop_back -> {:?}", list.pop_back());
    println!("pop_front -> {:?}", list.pop_front());
    println!("forward:  {:?}", list.to_vec_forward());
    println!("backward: {:?}", list.to_vec_backward());

    while let Some(v) = list.pop_back() {
        print!("{v} ");
    }
    println!("| empty len={} pop_front={:?}", list.len(), list.pop_front());

    let mut names: DoublyLinkedList<String> = DoublyLinkedList::new();
    for (i, n) in ["ann", "bob", "cyd", "dee"].iter().enumerate() {
        if i % 2 == 0 { names.push_back(n.to_string()) } else { names.push_front(n.to_uppercase()) }
    }
    println!("names fwd {:?}", names.to_vec_forward());
    println!("names bwd {:?}", names.to_vec_backward());
}
