use std::ops::{Add, Deref, DerefMut};

struct MyBox<T>(T);
impl<T> MyBox<T> { fn new(x: T) -> MyBox<T> { MyBox(x) } fn inner(&self) -> &T { &self.0 } }
impl<T> Deref for MyBox<T> { type Target = T; fn deref(&self) -> &T { &self.0 } }
impl<T> DerefMut for MyBox<T> { fn deref_mut(&mut self) -> &mut T { &mut self.0 } }

#[derive(Debug, Clone, Copy, PartialEq)]
struct V<T> { x: T, y: T }
impl<T: Copy> Add for V<T> { type Output = V<T>; fn add(self, o: V<T>) -> V<T> { V { x: o.x, y: self.y } } }

trait Describe { fn describe(&self) -> String; }
impl<T: std::fmt::Debug> Describe for MyBox<T> { fn describe(&self) -> String { format!("MyBox({:?})", self.0) } }

fn hello(name: &str) { println!("Hello, {name}!"); }

fn main() {
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    hello(&(*m)[..]);
    println!("{} {} {}", m.len(), m.inner(), m.describe());
    let n = MyBox::new(5);
    println!("{}", *n + 1);
    let a = V { x: 1, y: 2 } + V { x: 10, y: 20 };
    println!("{:?}", a);
    let b = V { x: 1.5, y: 2.5 } + V { x: 0.25, y: 0.5 };
    println!("{:?} {}", b, b == V { x: 1.75, y: 3.0 });
}
