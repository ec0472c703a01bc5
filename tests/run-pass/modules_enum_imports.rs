// Variants of enums declared in modules imported with use (a list with self, a glob), and a nested std import.
mod shapes {
    #[derive(Debug)]
    pub enum Shape { Circle(u32), Square(u32) }
    pub mod more {
        #[derive(Debug)]
        pub enum Color { Red, Green }
    }
}
use shapes::Shape::{self, Circle, Square};
use shapes::more::Color::*;
use std::{fmt, mem};

fn main() {
    let s: Shape = Circle(3);
    let t = Square(4);
    println!("{:?} {:?} {:?} {:?}", s, t, Red, Green);
    match t {
        Square(n) => println!("{}", n),
        Circle(_) => {}
    }
    println!("{}", mem::size_of::<Shape>());
    let _f: Option<fmt::Error> = None;
}
