use std::fmt::{self, Display};

#[derive(Debug)]
struct Node<T> { val: T, next: Option<Box<Node<T>>> }

#[derive(Debug)]
pub struct Stack<T> { head: Option<Box<Node<T>>>, len: usize }

impl<T> Stack<T> {
    pub fn new() -> Self { Stack { head: None, len: 0 } }
    pub fn push(&mut self, val: T) {
        self.head = Some(Box::new(Node { val, next: self.head.take() }));
        self.len += 1;
    }
    pub fn pop(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.val
        })
    }
    pub fn peek(&self) -> Option<&T> { self.head.as_ref().map(|n| &n.val) }
    pub fn peek_mut(&mut self) -> Option<&mut T> { self.head.as_deref_mut().map(|n| &mut n.val) }
    pub fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    pub fn iter(&self) -> Iter<'_, T> { Iter { next: self.head.as_deref() } }
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let mut cur = &mut self.head;
        while cur.is_some() {
            if keep(&cur.as_ref().unwrap().val) {
                cur = &mut cur.as_mut().unwrap().next;
            } else {
                let removed = cur.take().unwrap();
                *cur = removed.next;
                self.len -= 1;
            }
        }
    }
}

pub struct Iter<'a, T> { next: Option<&'a Node<T>> }

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.val
        })
    }
}

impl<T: Display> Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(")?;
        for (i, v) in self.iter().enumerate() {
            if i > 0 { write!(f, " -> ")?; }
            write!(f, "{}", v)?;
        }
        write!(f, ") len={}", self.len)
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut n = 0;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            n += 1;
        }
        if n > 0 { println!("dropping stack with {} nodes", n); }
    }
}

impl<T> FromIterator<T> for Stack<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut s = Stack::new();
        for x in it { s.push(x); }
        s.reverse();
        s
    }
}

fn main() {
    let mut s: Stack<i32> = (1..=6).collect();
    println!("{}", s);
    s.reverse();
    println!("{}", s);
    if let Some(top) = s.peek_mut() { *top *= 100; }
    println!("peek {:?}", s.peek());
    let (a, b) = (s.pop(), s.pop());
    println!("popped {:?} {:?}", a, b);
    s.retain(|x| x % 2 == 1);
    println!("odd only: {}", s);
    let sum: i32 = s.iter().sum();
    let max = s.iter().max();
    println!("sum {} max {:?} count {}", sum, max, s.iter().count());
    {
        let mut words: Stack<String> = "the quick brown fox".split(' ').map(String::from).collect();
        words.push("jumps".into());
        let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
        println!("{} {:?}", words, lens);
    }
    let mut empty: Stack<char> = Stack::new();
    let nothing = empty.pop();
    println!("{} {:?}", empty, nothing);
    let big: Stack<u32> = (0..100_000).collect();
    println!("big len {} first {:?}", big.len, big.peek());
    drop(big);
    println!("end of main");
}
