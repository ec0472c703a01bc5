// Generic Stack<T>/Queue<T> with impl<T: Debug> Debug, a common Container trait, generic algorithms.
use std::fmt::{self, Debug};

pub trait Container<T> {
    fn put(&mut self, item: T);
    fn take(&mut self) -> Option<T>;
    fn peek(&self) -> Option<&T>;
    fn size(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.size() == 0
    }
    fn drain_all(&mut self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.size());
        while let Some(x) = self.take() {
            out.push(x);
        }
        out
    }
}

pub struct Stack<T> {
    items: Vec<T>,
}

pub struct Queue<T> {
    front: Vec<T>,
    back: Vec<T>,
}

impl<T> Stack<T> {
    pub fn new() -> Self { Stack { items: Vec::new() } }
}
impl<T> Queue<T> {
    pub fn new() -> Self { Queue { front: Vec::new(), back: Vec::new() } }
    fn shift(&mut self) {
        if self.front.is_empty() {
            while let Some(x) = self.back.pop() {
                self.front.push(x);
            }
        }
    }
}

impl<T> Container<T> for Stack<T> {
    fn put(&mut self, item: T) { self.items.push(item) }
    fn take(&mut self) -> Option<T> { self.items.pop() }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn size(&self) -> usize { self.items.len() }
}

impl<T> Container<T> for Queue<T> {
    fn put(&mut self, item: T) { self.back.push(item) }
    fn take(&mut self) -> Option<T> {
        self.shift();
        self.front.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.front.last().or_else(|| self.back.first())
    }
    fn size(&self) -> usize { self.front.len() + self.back.len() }
}

impl<T: Debug> Debug for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stack")?;
        f.debug_list().entries(self.items.iter().rev()).finish()
    }
}

impl<T: Debug> Debug for Queue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Queue")?;
        f.debug_list().entries(self.front.iter().rev().chain(self.back.iter())).finish()
    }
}

fn fill<C: Container<T>, T, I: IntoIterator<Item = T>>(c: &mut C, items: I) -> &mut C {
    for x in items {
        c.put(x);
    }
    c
}

fn balanced(s: &str) -> Result<(), (usize, char)> {
    let mut st: Stack<(usize, char)> = Stack::new();
    for (i, ch) in s.char_indices() {
        match ch {
            '(' | '[' | '{' => st.put((i, ch)),
            ')' | ']' | '}' => {
                let want = match ch { ')' => '(', ']' => '[', _ => '{' };
                match st.take() {
                    Some((_, open)) if open == want => {}
                    _ => return Err((i, ch)),
                }
            }
            _ => {}
        }
    }
    st.take().map_or(Ok(()), Err)
}

fn process<C: Container<u32> + Debug>(label: &str, mut c: C) {
    fill(&mut c, [1, 2, 3]);
    let first = c.take();
    c.put(10);
    println!("{label}: {:?} took {:?} peek {:?} size {}", c, first, c.peek(), c.size());
    println!("{label}: drained {:?} empty={}", c.drain_all(), c.is_empty());
}

fn main() {
    process("stack", Stack::new());
    process("queue", Queue::new());

    let mut q: Queue<String> = Queue::new();
    fill(&mut q, ["x", "y"].map(String::from));
    q.take();
    fill(&mut q, vec!["z".to_string(), "w".to_string()]);
    println!("{:?} peek={:?}", q, q.peek());
    println!("{:#?}", q);

    let mut boxes: Vec<Box<dyn Container<char>>> = vec![Box::new(Stack::new()), Box::new(Queue::new())];
    for b in boxes.iter_mut() {
        for c in "abc".chars() {
            b.put(c);
        }
    }
    let outs: Vec<String> = boxes.iter_mut().map(|b| b.drain_all().into_iter().collect()).collect();
    println!("dyn containers: {:?}", outs);

    for s in ["(a[b]{c})", "(]", "((x)", "{[()()]}", ""] {
        println!("{:>10} -> {:?}", format!("{:?}", s), balanced(s));
    }
}
