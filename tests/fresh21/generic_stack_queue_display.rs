use std::collections::VecDeque;
use std::fmt::{self, Display};

#[derive(Debug, Clone, Default)]
struct Stack<T> { items: Vec<T> }

#[derive(Debug, Clone, Default)]
struct Queue<T> { items: VecDeque<T>, capacity: usize }

trait Container<T> {
    fn put(&mut self, item: T) -> Result<(), T>;
    fn take(&mut self) -> Option<T>;
    fn size(&self) -> usize;
    fn is_empty(&self) -> bool { self.size() == 0 }
}

impl<T> Container<T> for Stack<T> {
    fn put(&mut self, item: T) -> Result<(), T> { self.items.push(item); Ok(()) }
    fn take(&mut self) -> Option<T> { self.items.pop() }
    fn size(&self) -> usize { self.items.len() }
}

impl<T> Container<T> for Queue<T> {
    fn put(&mut self, item: T) -> Result<(), T> {
        if self.items.len() >= self.capacity { return Err(item); }
        self.items.push_back(item);
        Ok(())
    }
    fn take(&mut self) -> Option<T> { self.items.pop_front() }
    fn size(&self) -> usize { self.items.len() }
}

impl<T: Display> Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Stack|")?;
        for (i, it) in self.items.iter().enumerate() {
            if i > 0 { write!(f, " ")?; }
            write!(f, "{}", it)?;
        }
        write!(f, "<top")
    }
}

impl<T: Display> Display for Queue<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.items.iter().map(|x| format!("{}", x)).collect();
        write!(f, "front>[{}]<back ({}/{})", parts.join(", "), self.items.len(), self.capacity)
    }
}

fn fill<T, C: Container<T>>(c: &mut C, items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut rejected = Vec::new();
    for it in items {
        if let Err(back) = c.put(it) { rejected.push(back); }
    }
    rejected
}

fn drain_all<T: Display>(c: &mut impl Container<T>) -> String {
    let mut out = Vec::new();
    while let Some(x) = c.take() { out.push(x.to_string()); }
    out.join(" ")
}

#[derive(Debug, Clone, PartialEq)]
struct Point { x: i32, y: i32 }

impl Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({},{})", self.x, self.y) }
}

fn check_brackets(s: &str) -> bool {
    let mut st: Stack<char> = Stack::default();
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => { st.put(c).unwrap(); }
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                if st.take() != Some(want) { return false; }
            }
            _ => {}
        }
    }
    st.is_empty()
}

fn main() {
    let mut s: Stack<i32> = Stack::default();
    fill(&mut s, 1..=6);
    println!("{}", s);
    println!("popped {:?} {:?}, size {}", s.take(), s.take(), s.size());
    let snapshot = s.clone();
    println!("drained: {}", drain_all(&mut s));
    println!("after drain: {} empty={} snapshot still {}", s, s.is_empty(), snapshot);

    let mut q: Queue<&str> = Queue { capacity: 3, ..Default::default() };
    let rejected = fill(&mut q, ["ann", "ben", "cat", "dan", "eve"]);
    println!("{}", q);
    println!("rejected: {:?}", rejected);
    println!("served {:?}", q.take());
    q.put("fay").unwrap();
    println!("{}", q);

    let mut pts: Queue<Point> = Queue { items: VecDeque::new(), capacity: 10 };
    for i in 0..4 { pts.put(Point { x: i, y: i * i }).unwrap(); }
    println!("{}", pts);
    println!("{:?}", pts.take());
    println!("points left: {}", drain_all(&mut pts));
    for s in ["(a[b]{c})", "([)]", "((", "{}[]()", ""] {
        println!("balanced {:>10?}: {}", s, check_brackets(s));
    }
}
