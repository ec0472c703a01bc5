use std::fmt::Debug;

#[derive(Debug)]
struct Wrapper<T> {
    value: T,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Wrapper { value }
    }

    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Wrapper<U> {
        Wrapper { value: f(self.value) }
    }
}

impl<T: PartialOrd + Copy> Wrapper<T> {
    fn max_with(&self, other: T) -> T {
        if self.value > other { self.value } else { other }
    }
}

#[derive(Debug, Clone)]
struct Pair<A, B> {
    first: A,
    second: B,
}

impl<A: Clone, B: Clone> Pair<A, B> {
    fn swap(&self) -> Pair<B, A> {
        Pair { first: self.second.clone(), second: self.first.clone() }
    }
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> Option<T> {
    let mut iter = list.iter();
    let mut best = *iter.next()?;
    for &item in iter {
        if item > best {
            best = item;
        }
    }
    Some(best)
}

fn describe_all<T: Debug>(items: &[T]) -> String {
    items.iter().map(|i| format!("<{:?}>", i)).collect::<Vec<_>>().join(" ")
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) -> &mut Self {
        self.items.push(t);
        self
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn main() {
    let w = Wrapper::new(21);
    println!("{:?}", w);
    println!("max_with 30 = {}", w.max_with(30));
    let w2 = w.map(|x| x * 2).map(|x| format!("value={}", x));
    println!("{:?}", w2);
    let ws: Vec<Wrapper<&str>> = vec!["a", "bb", "ccc"].into_iter().map(Wrapper::new).collect();
    println!("{:?}", ws);

    let p = Pair { first: 1u8, second: "one".to_string() };
    println!("{:?} -> {:?}", p, p.swap());

    println!("{:?}", largest(&[34, 50, 25, 100, 65]));
    println!("{:?}", largest(&['y', 'm', 'a', 'q']));
    println!("{:?}", largest(&[1.5, -2.0, 0.25]));
    println!("{:?}", largest::<u64>(&[]));
    println!("{}", describe_all(&[Some(1), None, Some(3)]));

    let mut s: Stack<(i32, char)> = Stack::new();
    s.push((1, 'a')).push((2, 'b')).push((3, 'c'));
    println!("peek {:?}", s.peek());
    while let Some((n, c)) = s.pop() {
        print!("{}{} ", n, c);
    }
    println!();
}
