use std::fmt::{self, Display};

struct Node<T> {
    data: T,
    next: Option<Box<Node<T>>>,
}

pub struct SimpleLinkedList<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T> SimpleLinkedList<T> {
    fn new() -> Self {
        SimpleLinkedList { head: None, len: 0 }
    }

    fn is_empty(&self) -> bool {
        self.head.is_none()
    }

    fn len(&self) -> usize {
        self.len
    }

    fn push(&mut self, data: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { data, next }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.data
        })
    }

    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.data)
    }

    fn rev(mut self) -> SimpleLinkedList<T> {
        let mut out = SimpleLinkedList::new();
        while let Some(x) = self.pop() {
            out.push(x);
        }
        out
    }

    fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
}

struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.data
        })
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
        let mut v: Vec<T> = Vec::with_capacity(list.len());
        let mut list = list.rev();
        while let Some(x) = list.pop() {
            v.push(x);
        }
        v
    }
}

impl<T: Display> Display for SimpleLinkedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.iter().map(|x| x.to_string()).collect();
        write!(f, "[{}]", parts.join(" -> "))
    }
}

fn main() {
    let mut list: SimpleLinkedList<i32> = SimpleLinkedList::new();
    println!("new list empty? {} len {}", list.is_empty(), list.len());
    for i in [1, 2, 3, 4, 5] {
        list.push(i * 10);
    }
    println!("after pushes: {list} len={} peek={:?}", list.len(), list.peek());
    println!("pop -> {:?}, pop -> {:?}", list.pop(), list.pop());
    println!("now: {list}");

    let (sum, max) = (list.iter().sum::<i32>(), list.iter().max());
    println!("sum={sum} max={max:?} evens={:?}", list.iter().filter(|x| *x % 20 == 0).collect::<Vec<_>>());

    let reversed = list.rev();
    println!("reversed: {reversed}");
    let v: Vec<i32> = reversed.into();
    println!("into vec: {v:?}");

    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("double", Box::new(|x| x * 2)),
        ("square", Box::new(|x| x * x)),
        ("negate", Box::new(|x: i32| -x)),
        ("offset", Box::new(move |x| x + v.len() as i32)),
    ];
    let source: SimpleLinkedList<i32> = (1..=4).collect();
    println!("\nsource list: {source}");
    for (name, op) in &ops {
        let mapped: SimpleLinkedList<i32> = source.iter().map(|&x| op(x)).collect();
        println!("{name:>7}: {mapped}");
    }
    let composed = ops.iter().fold(3, |acc, (_, f)| f(acc));
    println!("all ops applied to 3 in order: {composed}");

    let words: SimpleLinkedList<String> = "alpha beta gamma delta".split(' ').map(str::to_uppercase).collect();
    println!("\nwords: {words} (len {})", words.len());
    let mut stack: SimpleLinkedList<char> = SimpleLinkedList::new();
    let text = "([]{()})(]";
    for (i, c) in text.chars().enumerate() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let (want, got) = (match c { ')' => '(', ']' => '[', _ => '{' }, stack.pop());
                if got != Some(want) {
                    println!("bracket mismatch at {i}: found {c:?}, open was {got:?}");
                    break;
                }
            }
            _ => {}
        }
    }
    println!("stack left: {stack}");
}
