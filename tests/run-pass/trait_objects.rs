// Trait objects: Box<dyn Trait> in a Vec, &dyn parameters, supertrait methods through the vtable,
// drops of boxed trait objects (their own Drop impls), fat pointer sizes.
use std::mem::size_of;

trait Shape {
    fn area(&self) -> u32;
    fn name(&self) -> String { String::from("shape") }
}

trait Named: Shape {
    fn label(&self) -> String;
}

struct Square(u32);
struct Rect { w: u32, h: u32 }

impl Shape for Square {
    fn area(&self) -> u32 { self.0 * self.0 }
    fn name(&self) -> String { format!("square {}", self.0) }
}

impl Shape for Rect {
    fn area(&self) -> u32 { self.w * self.h }
}

impl Named for Rect {
    fn label(&self) -> String { format!("{}x{}", self.w, self.h) }
}

impl Drop for Square {
    fn drop(&mut self) { println!("drop square {}", self.0); }
}

fn total(shapes: &[Box<dyn Shape>]) -> u32 {
    let mut sum = 0;
    for s in shapes.iter() {
        sum += s.area();
    }
    sum
}

fn describe(n: &dyn Named) -> String {
    format!("{} has area {} ({})", n.label(), n.area(), n.name())
}

fn grow(s: &mut dyn Shape) -> u32 { s.area() + 1 }

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(3)), Box::new(Rect { w: 2, h: 5 }), Box::new(Square(1))];
    for s in &shapes {
        println!("{}: {}", s.name(), s.area());
    }
    println!("total {}", total(&shapes));
    let r = Rect { w: 4, h: 6 };
    println!("{}", describe(&r));
    let mut sq = Square(7);
    println!("grown {}", grow(&mut sq));
    println!("&dyn {} Box<dyn> {} &T {}", size_of::<&dyn Shape>(), size_of::<Box<dyn Shape>>(), size_of::<&Square>());
    let one: Option<Box<dyn Shape>> = Some(Box::new(Square(9)));
    if let Some(s) = &one {
        println!("option holds {}", s.area());
    }
    drop(shapes);
    println!("end of main");
}
