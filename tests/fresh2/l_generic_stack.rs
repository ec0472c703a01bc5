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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.items.is_empty() {
            return write!(f, "<empty>");
        }
        let parts: Vec<String> = self.items.iter().map(|x| x.to_string()).collect();
        write!(f, "[{}] <- top", parts.join(" | "))
    }
}

impl<T: PartialOrd + Copy> Stack<T> {
    fn max(&self) -> Option<T> {
        let mut it = self.items.iter().copied();
        let first = it.next()?;
        Some(it.fold(first, |m, x| if x > m { x } else { m }))
    }
}

fn balanced(s: &str) -> Result<(), String> {
    let mut stack: Stack<(usize, char)> = Stack::new();
    for (i, c) in s.chars().enumerate() {
        match c {
            '(' | '[' | '{' => stack.push((i, c)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((_, open)) if open == want => {}
                    Some((j, open)) => return Err(format!("'{open}' at {j} closed by '{c}' at {i}")),
                    None => return Err(format!("unmatched '{c}' at {i}")),
                }
            }
            _ => {}
        }
    }
    match stack.peek() {
        None => Ok(()),
        Some((j, open)) => Err(format!("'{open}' at {j} never closed")),
    }
}

fn rpn(expr: &str) -> Option<i64> {
    let mut st = Stack::new();
    for tok in expr.split_whitespace() {
        if let Ok(n) = tok.parse::<i64>() {
            st.push(n);
            continue;
        }
        let b = st.pop()?;
        let a = st.pop()?;
        st.push(match tok {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a.checked_div(b)?,
            _ => return None,
        });
    }
    if st.len() == 1 { st.pop() } else { None }
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    println!("{s} empty={}", s.is_empty());
    for x in [4, 8, 15, 16, 23, 42] {
        s.push(x);
    }
    println!("{s}");
    println!("peek={:?} max={:?} len={}", s.peek(), s.max(), s.len());
    let popped: Vec<i32> = std::iter::from_fn(|| s.pop()).take(4).collect();
    println!("popped {popped:?}, left {s}");

    let mut words: Stack<String> = Stack::default();
    for w in "to be or not".split(' ') {
        words.push(w.to_uppercase());
    }
    let snapshot = words.clone();
    words.pop();
    println!("words {words} / snapshot {snapshot}");
    let floats = Stack { items: vec![1.5, -3.25, 9.0] };
    println!("floats {floats} max {:?}", floats.max());

    for t in ["(a[b]{c})", "(]", "((x)", "}", "{[()()]}", ""] {
        println!("{t:>10}: {:?}", balanced(t));
    }
    for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3 4", "7 2 /", "2 x *"] {
        println!("rpn {e:<20} => {:?}", rpn(e));
    }
}
