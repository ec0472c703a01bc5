use std::ptr::NonNull;

struct Node<T> {
    elem: T,
    prev: Option<NonNull<Node<T>>>,
    next: Option<NonNull<Node<T>>>,
}

struct Deque<T> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
}

impl<T: std::fmt::Debug> Deque<T> {
    fn new() -> Self {
        Deque { head: None, tail: None, len: 0 }
    }

    fn alloc(elem: T) -> NonNull<Node<T>> {
        let b = Box::new(Node { elem, prev: None, next: None });
        NonNull::new(Box::into_raw(b)).expect("box is never null")
    }

    fn push_back(&mut self, elem: T) {
        let node = Self::alloc(elem);
        unsafe {
            (*node.as_ptr()).prev = self.tail;
            match self.tail {
                Some(t) => (*t.as_ptr()).next = Some(node),
                None => self.head = Some(node),
            }
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn push_front(&mut self, elem: T) {
        let node = Self::alloc(elem);
        unsafe {
            (*node.as_ptr()).next = self.head;
            match self.head {
                Some(h) => (*h.as_ptr()).prev = Some(node),
                None => self.tail = Some(node),
            }
        }
        self.head = Some(node);
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        self.head.map(|h| unsafe {
            let boxed = Box::from_raw(h.as_ptr());
            self.head = boxed.next;
            match self.head {
                Some(n) => (*n.as_ptr()).prev = None,
                None => self.tail = None,
            }
            self.len -= 1;
            boxed.elem
        })
    }

    fn pop_back(&mut self) -> Option<T> {
        self.tail.map(|t| unsafe {
            let boxed = Box::from_raw(t.as_ptr());
            self.tail = boxed.prev;
            match self.tail {
                Some(p) => (*p.as_ptr()).next = None,
                None => self.head = None,
            }
            self.len -= 1;
            boxed.elem
        })
    }

    fn walk(&self, forward: bool) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur = if forward { self.head } else { self.tail };
        while let Some(n) = cur {
            let r = unsafe { n.as_ref() };
            out.push(&r.elem);
            cur = if forward { r.next } else { r.prev };
        }
        out
    }
}

impl<T> Drop for Deque<T> {
    fn drop(&mut self) {
        let mut cur = self.head;
        let mut freed = 0;
        while let Some(n) = cur {
            let boxed = unsafe { Box::from_raw(n.as_ptr()) };
            cur = boxed.next;
            freed += 1;
        }
        println!("deque drop freed {} nodes", freed);
    }
}

fn main() {
    let mut d: Deque<String> = Deque::new();
    for w in ["b", "c", "d"] {
        d.push_back(w.to_string());
    }
    d.push_front("a".to_string());
    println!("len {} forward {:?}", d.len, d.walk(true));
    println!("backward {:?}", d.walk(false));
    println!("pop_front {:?}", d.pop_front());
    println!("pop_back {:?}", d.pop_back());
    println!("after pops {:?}", d.walk(true));
    d.push_back("z".into());
    d.push_front("y".into());
    println!("final {:?} len {}", d.walk(true), d.len);
    let mut single: Deque<i32> = Deque::new();
    single.push_back(7);
    println!("single pop_back {:?} then pop_front {:?}", single.pop_back(), single.pop_front());
    println!("single head none {} tail none {}", single.head.is_none(), single.tail.is_none());
}
