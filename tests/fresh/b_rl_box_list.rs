use std::fmt;

#[derive(Debug, PartialEq)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn from_slice(items: &[i32]) -> List {
        items.iter().rev().fold(Nil, |acc, &x| Cons(x, Box::new(acc)))
    }

    fn len(&self) -> usize {
        match self {
            Cons(_, rest) => 1 + rest.len(),
            Nil => 0,
        }
    }

    fn sum(&self) -> i32 {
        let mut total = 0;
        let mut cur = self;
        while let Cons(v, next) = cur {
            total += v;
            cur = next;
        }
        total
    }

    fn map(&self, f: &dyn Fn(i32) -> i32) -> List {
        match self {
            Cons(v, rest) => Cons(f(*v), Box::new(rest.map(f))),
            Nil => Nil,
        }
    }

    fn reverse(self) -> List {
        let mut acc = Nil;
        let mut cur = self;
        while let Cons(v, next) = cur {
            acc = Cons(v, Box::new(acc));
            cur = *next;
        }
        acc
    }
}

impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "(")?;
        let mut cur = self;
        let mut first = true;
        while let Cons(v, next) = cur {
            if !first {
                write!(f, " -> ")?;
            }
            write!(f, "{}", v)?;
            first = false;
            cur = next;
        }
        write!(f, ")")
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle(f64);
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.0 * self.0 }
    fn name(&self) -> String { format!("circle r={}", self.0) }
}

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> String { format!("square s={}", self.0) }
}

fn main() {
    let list = List::from_slice(&[1, 2, 3, 4, 5]);
    println!("{}", list);
    println!("{:?}", List::from_slice(&[7, 8]));
    println!("len={} sum={}", list.len(), list.sum());
    let offset = 10;
    let doubled = list.map(&|x| x * 2 + offset);
    println!("mapped: {}", doubled);
    let rev = doubled.reverse();
    println!("reversed: {}", rev);
    println!("empty: {} len {}", Nil, Nil.len());
    println!("equal: {}", List::from_slice(&[1, 2]) == Cons(1, Box::new(Cons(2, Box::new(Nil)))));

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0)), Box::new(Square(2.5)), Box::new(Circle(0.5))];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{:<14} area {:>8.4}", s.name(), s.area());
        total += s.area();
    }
    println!("total area {:.4}", total);
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest: {}", biggest.name());
    let big: Box<[u32]> = vec![1, 2, 3].into_boxed_slice();
    println!("boxed slice {:?} len {}", big, big.len());
}
