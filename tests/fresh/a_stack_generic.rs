// Generic Stack<T> backed by Vec with Display, used for undo history and number conversion.
use std::fmt::{self, Display};

#[derive(Debug, Clone, Default)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: Display> Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{}", item)?;
        }
        write!(f, "> top={}", self.peek().map(|t| t.to_string()).unwrap_or_else(|| "none".into()))
    }
}

fn to_base(mut n: u64, base: u32) -> String {
    let mut digits: Stack<char> = Stack::new();
    if n == 0 {
        return "0".to_string();
    }
    while n > 0 {
        digits.push(std::char::from_digit((n % base as u64) as u32, base).unwrap());
        n /= base as u64;
    }
    let mut s = String::with_capacity(digits.len());
    while let Some(d) = digits.pop() {
        s.push(d);
    }
    s
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    println!("{}", s);
    for x in [3, 1, 4, 1, 5] {
        s.push(x * x);
    }
    println!("{}", s);
    let top_two = (s.pop(), s.pop());
    println!("popped {:?}, now {} (len {})", top_two, s, s.len());

    let mut doc = String::new();
    let mut undo: Stack<String> = Stack::default();
    for edit in ["Hello", ", world", "!", " Bye."] {
        undo.push(doc.clone());
        doc.push_str(edit);
        println!("doc: {:?}", doc);
    }
    for _ in 0..2 {
        if let Some(prev) = undo.pop() {
            doc = prev;
        }
        println!("undo -> {:?}", doc);
    }
    println!("undo stack: {}", undo);

    for (n, b) in [(255u64, 2), (255, 16), (1_000_000, 36), (0, 8), (42, 7)] {
        println!("{:>8} in base {:>2} = {:>12}   (check {:#x})", n, b, to_base(n, b), n);
    }
    let words: Stack<&str> = Stack { items: "reverse these words please".split(' ').collect() };
    let mut w = words.clone();
    let mut out = Vec::new();
    while !w.is_empty() {
        out.push(w.pop().unwrap());
    }
    println!("{} => {}", words, out.join(" "));
}
