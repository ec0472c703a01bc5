// Linked list with in-place reverse, iterator, and building from a Vec.
type Link<T> = Option<Box<Node<T>>>;

struct Node<T> {
    elem: T,
    next: Link<T>,
}

pub struct List<T> {
    head: Link<T>,
}

pub struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<T> List<T> {
    pub fn new() -> Self {
        List { head: None }
    }

    pub fn push(&mut self, elem: T) {
        let new_node = Box::new(Node { elem, next: self.head.take() });
        self.head = Some(new_node);
    }

    pub fn reverse(&mut self) {
        let mut prev: Link<T> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.elem
        })
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(v: Vec<T>) -> Self {
        let mut list = List::new();
        for x in v.into_iter().rev() {
            list.push(x);
        }
        list
    }
}

fn show<T: std::fmt::Display>(label: &str, list: &List<T>) {
    let parts: Vec<String> = list.iter().map(|x| x.to_string()).collect();
    println!("{:<10}| {}", label, parts.join(", "));
}

fn main() {
    let mut nums: List<i64> = List::from(vec![1, 2, 3, 4, 5, 6]);
    show("original", &nums);
    nums.reverse();
    show("reversed", &nums);
    nums.reverse();
    show("again", &nums);

    let evens: Vec<&i64> = nums.iter().filter(|x| **x % 2 == 0).collect();
    println!("evens: {:?}", evens);
    let max = nums.iter().max().copied().unwrap_or_default();
    println!("max = {}, count = {}", max, nums.iter().count());

    let mut words: List<String> = "the quick brown fox".split(' ').map(String::from).collect::<Vec<_>>().into();
    show("words", &words);
    words.reverse();
    show("words rev", &words);
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("lengths: {:?}", lens);

    let mut empty: List<u8> = List::new();
    empty.reverse();
    println!("empty reversed has {} items", empty.iter().count());
}
