// Modules: paths through crate, self and super, use with renames and globs, block-level use,
// items of the same name in different modules, and a struct's Debug name without its module.
mod shapes {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Point { pub x: i32, pub y: i32 }

    pub fn origin() -> Point { Point { x: 0, y: 0 } }

    pub fn describe() -> &'static str { "shapes" }

    pub mod circle {
        use super::Point;

        #[derive(Debug)]
        pub struct Circle { pub center: Point, pub radius: u32 }

        pub fn unit() -> Circle { Circle { center: super::origin(), radius: 1 } }

        pub fn describe() -> &'static str { "circle" }

        pub fn both() -> String { format!("{} in {}", self::describe(), super::describe()) }
    }
}

mod counter {
    pub struct Counter { count: u32 }

    impl Counter {
        pub fn new() -> Counter { Counter { count: 0 } }
        pub fn tick(&mut self) -> u32 {
            self.count += 1;
            self.count
        }
    }
}

use shapes::circle::{self, Circle};
use shapes::Point as P;
use counter::*;

fn describe() -> &'static str { "root" }

fn main() {
    let c: Circle = circle::unit();
    println!("{:?}", c);
    println!("{}", circle::both());
    let p = P { x: 3, y: 4 };
    println!("{} {}", p.x + p.y, p == shapes::origin());
    let mut n = Counter::new();
    n.tick();
    println!("ticks: {}", n.tick());
    {
        use crate::shapes::describe as outer;
        println!("{} {} {}", describe(), outer(), crate::shapes::circle::describe());
    }
    println!("{:?}", shapes::circle::Circle { center: p, radius: 2 }.center);
}
