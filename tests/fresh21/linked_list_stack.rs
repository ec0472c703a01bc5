use std::fmt::Display;

#[derive(Debug)]
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

#[derive(Debug, Default)]
struct List<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T> List<T> {
    fn new() -> Self { List { head: None, len: 0 } }
    fn push(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }
    fn peek(&self) -> Option<&T> { self.head.as_ref().map(|n| &n.value) }
    fn peek_mut(&mut self) -> Option<&mut T> { self.head.as_mut().map(|n| &mut n.value) }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn iter(&self) -> Iter<'_, T> { Iter { next: self.head.as_deref() } }
}

impl<T: Display> List<T> {
    fn render(&self) -> String {
        let parts: Vec<String> = self.iter().map(|v| v.to_string()).collect();
        format!("[{}] (len {})", parts.join(" -> "), self.len)
    }
}

struct Iter<'a, T> { next: Option<&'a Node<T>> }

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.value
        })
    }
}

struct IntoIter<T>(List<T>);

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.0.pop() }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> { IntoIter(self) }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut l = List::new();
        for x in iter { l.push(x); }
        l
    }
}

fn main() {
    let mut list: List<i32> = List::new();
    println!("empty: {} peek={:?}", list.render(), list.peek());
    for i in 1..=5 { list.push(i * 10); }
    println!("after pushes: {}", list.render());
    if let Some(top) = list.peek_mut() { *top += 1; }
    println!("after peek_mut: {}", list.render());
    println!("popped {:?}", list.pop());
    list.reverse();
    println!("reversed: {}", list.render());
    let sum: i32 = list.iter().sum();
    let max = list.iter().max();
    println!("sum={} max={:?}", sum, max);
    let mut evens = 0;
    for v in &list { if v % 20 == 0 { evens += 1; } }
    println!("multiples of 20: {}", evens);
    let words: List<String> = "alpha beta gamma delta".split(' ').map(String::from).collect();
    println!("words: {}", words.render());
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("lengths: {:?}", lens);
    let owned: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("drained upper: {:?}", owned);
    let mut small: List<char> = List::new();
    small.push('x');
    println!("small debug: {:?}", small);
    while let Some(v) = list.pop() { print!("{} ", v); }
    println!();
    println!("final: {} pop on empty={:?}", list.render(), list.pop());
}
