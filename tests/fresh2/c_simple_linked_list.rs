use std::fmt;

pub struct SimpleLinkedList<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

struct Node<T> {
    data: T,
    next: Option<Box<Node<T>>>,
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

    pub fn push(&mut self, element: T) {
        let node = Box::new(Node { data: element, next: self.head.take() });
        self.head = Some(node);
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
        self.head.as_ref().map(|node| &node.data)
    }

    pub fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.as_deref_mut().map(|node| &mut node.data)
    }

    #[must_use]
    pub fn rev(mut self) -> SimpleLinkedList<T> {
        let mut reversed = SimpleLinkedList::new();
        while let Some(x) = self.pop() {
            reversed.push(x);
        }
        reversed
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
}

pub struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.data
        })
    }
}

impl<T> FromIterator<T> for SimpleLinkedList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = SimpleLinkedList::new();
        for item in iter {
            list.push(item);
        }
        list
    }
}

impl<T> From<SimpleLinkedList<T>> for Vec<T> {
    fn from(linked_list: SimpleLinkedList<T>) -> Vec<T> {
        let mut v: Vec<T> = Vec::with_capacity(linked_list.len());
        let mut list = linked_list.rev();
        while let Some(x) = list.pop() {
            v.push(x);
        }
        v
    }
}

impl<T: fmt::Display> fmt::Display for SimpleLinkedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                write!(f, " -> ")?;
            }
            write!(f, "{item}")?;
        }
        write!(f, "]")
    }
}

fn main() {
    let mut list: SimpleLinkedList<u32> = SimpleLinkedList::new();
    println!("empty: {} len={} display={}", list.is_empty(), list.len(), list);
    for i in 1..=5 {
        list.push(i * 10);
    }
    println!("after pushes: {list} len={}", list.len());
    println!("peek: {:?}", list.peek());
    if let Some(top) = list.peek_mut() {
        *top += 1;
    }
    println!("pop: {:?}, pop: {:?}", list.pop(), list.pop());
    println!("now: {list}");
    let list = list.rev();
    println!("reversed: {list}");
    let sum: u32 = list.iter().sum();
    println!("sum via iter: {sum}");
    let v: Vec<u32> = list.into();
    println!("into vec: {v:?}");

    let words: SimpleLinkedList<String> = "alpha beta gamma delta".split(' ').map(String::from).collect();
    println!("words: {words}");
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {longest}");
    let as_vec: Vec<String> = words.into();
    println!("vec order: {as_vec:?}");

    let mut big: SimpleLinkedList<usize> = (0..100_000).collect();
    println!("big len {}", big.len());
    let mut evens = 0;
    while let Some(n) = big.pop() {
        if n % 2 == 0 {
            evens += 1;
        }
    }
    println!("evens {evens}, empty now: {}", big.is_empty());
}
