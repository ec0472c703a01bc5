use std::fmt::Display;

type Link<T> = Option<Box<Node<T>>>;

struct Node<T> {
    data: T,
    next: Link<T>,
}

pub struct SimpleLinkedList<T> {
    head: Link<T>,
    len: usize,
}

impl<T> SimpleLinkedList<T> {
    pub fn new() -> Self {
        SimpleLinkedList { head: None, len: 0 }
    }
    pub fn is_empty(&self) -> bool {
        self.head.is_none()
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn push(&mut self, data: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { data, next }));
        self.len += 1;
    }
    pub fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.data
        })
    }
    pub fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.data)
    }
    #[must_use]
    pub fn rev(mut self) -> SimpleLinkedList<T> {
        let mut out = SimpleLinkedList::new();
        while let Some(x) = self.pop() {
            out.push(x);
        }
        out
    }
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        std::iter::successors(self.head.as_deref(), |n| n.next.as_deref()).map(|n| &n.data)
    }
}

impl<T> FromIterator<T> for SimpleLinkedList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = SimpleLinkedList::new();
        for x in iter {
            list.push(x);
        }
        list
    }
}

impl<T> From<SimpleLinkedList<T>> for Vec<T> {
    fn from(list: SimpleLinkedList<T>) -> Vec<T> {
        let mut v = Vec::with_capacity(list.len());
        let mut rev = list.rev();
        while let Some(x) = rev.pop() {
            v.push(x);
        }
        v
    }
}

fn show<T: Display>(label: &str, list: &SimpleLinkedList<T>) {
    let parts: Vec<String> = list.iter().map(|x| x.to_string()).collect();
    println!("{label:<10} len={} [{}]", list.len(), parts.join(" -> "));
}

fn main() {
    let mut list: SimpleLinkedList<u32> = SimpleLinkedList::new();
    assert!(list.is_empty());
    for i in 1..=5 {
        list.push(i * i);
    }
    show("squares", &list);
    println!("peek = {:?}", list.peek());
    println!("pop = {:?}, pop = {:?}", list.pop(), list.pop());
    show("after pop", &list);
    let list = list.rev();
    show("reversed", &list);
    let as_vec: Vec<u32> = list.into();
    println!("into vec: {as_vec:?}");

    let words: SimpleLinkedList<String> = "alpha beta gamma delta".split(' ').map(String::from).collect();
    show("words", &words);
    let total_len: usize = words.iter().map(String::len).sum();
    println!("total chars: {total_len}");
    let v: Vec<String> = words.into();
    assert_eq!(v, vec!["alpha", "beta", "gamma", "delta"]);

    let mut big: SimpleLinkedList<usize> = (0..10_000).collect();
    assert_eq!(big.len(), 10_000);
    assert_eq!(big.peek(), Some(&9_999));
    let sum: usize = std::iter::from_fn(|| big.pop()).sum();
    println!("drained sum = {sum}, empty now: {}", big.is_empty());
}
