// Singly linked list: cursor loops over &mut Option<Box<Node>> and as_mut() traversal.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

#[derive(Debug, Default)]
struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn push_front(&mut self, val: i32) {
        self.head = Some(Box::new(Node { val, next: self.head.take() }));
        self.len += 1;
    }

    fn push_back(&mut self, val: i32) {
        let mut cur = &mut self.head;
        while let Some(node) = cur {
            cur = &mut node.next;
        }
        *cur = Some(Box::new(Node { val, next: None }));
        self.len += 1;
    }

    fn insert_sorted(&mut self, val: i32) {
        let mut cur = &mut self.head;
        while cur.as_ref().is_some_and(|n| n.val < val) {
            cur = &mut cur.as_mut().unwrap().next;
        }
        let rest = cur.take();
        *cur = Some(Box::new(Node { val, next: rest }));
        self.len += 1;
    }

    fn remove_all(&mut self, target: i32) -> usize {
        let mut removed = 0;
        let mut cur = &mut self.head;
        loop {
            match cur {
                None => break,
                Some(node) if node.val == target => {
                    *cur = node.next.take();
                    removed += 1;
                }
                Some(node) => cur = &mut node.next,
            }
        }
        self.len -= removed;
        removed
    }

    fn get_mut(&mut self, idx: usize) -> Option<&mut i32> {
        let mut node = self.head.as_mut();
        for _ in 0..idx {
            node = node?.next.as_mut();
        }
        node.map(|n| &mut n.val)
    }

    fn reverse(&mut self) {
        let (mut prev, mut cur): (Option<Box<Node>>, _) = (None, self.head.take());
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }

    fn iter(&self) -> ListIter<'_> {
        ListIter { next: self.head.as_deref() }
    }
}

struct ListIter<'a> {
    next: Option<&'a Node>,
}

impl<'a> Iterator for ListIter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        let n = self.next?;
        self.next = n.next.as_deref();
        Some(&n.val)
    }
}

fn show(l: &List) -> String {
    format!("[{}] len={}", l.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" -> "), l.len)
}

fn main() {
    let mut l = List::default();
    [3, 1, 4].into_iter().for_each(|v| l.push_front(v));
    l.push_back(1);
    l.push_back(5);
    println!("{}", show(&l));
    println!("removed {} ones: {}", l.remove_all(1), show(&l));
    if let Some(v) = l.get_mut(1) {
        *v *= 10;
    }
    l.reverse();
    println!("reversed: {}", show(&l));

    let mut sorted = List::default();
    [7, 2, 9, 2, 5, 0, 8].iter().for_each(|&v| sorted.insert_sorted(v));
    println!("sorted: {}", show(&sorted));
    let evens: Vec<&i32> = sorted.iter().filter(|v| *v % 2 == 0).collect();
    println!("max {:?} evens {:?} none {}", sorted.iter().max(), evens, l.get_mut(9).is_none());
    let mut node = sorted.head.as_mut();
    while let Some(n) = node {
        n.val += 100;
        node = n.next.as_mut();
    }
    println!("bumped: {}", show(&sorted));
}
