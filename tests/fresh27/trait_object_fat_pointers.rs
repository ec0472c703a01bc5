// Thin and fat pointers: slices, str and trait objects carry extra metadata.
use std::fmt::Debug;
use std::mem::{align_of_val, size_of, size_of_val};
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

#[derive(Debug)]
struct Circle {
    r: f64,
}

#[derive(Debug)]
struct Square {
    side: f32,
}

#[derive(Debug)]
struct Tagged {
    tag: u8,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle r={}", self.r)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        (self.side * self.side) as f64
    }
}

impl Shape for Tagged {
    fn area(&self) -> f64 {
        0.0
    }
}

fn describe(s: &dyn Shape) {
    println!("  {:<14} area {:>6.2} size_of_val {:>2} align_of_val {}",
        s.name(), s.area(), size_of_val(s), align_of_val(s));
}

fn main() {
    println!("pointer sizes:");
    println!("  &u8 {} &[u8] {} &str {} &dyn Shape {} &&dyn Shape {}",
        size_of::<&u8>(), size_of::<&[u8]>(), size_of::<&str>(),
        size_of::<&dyn Shape>(), size_of::<&&dyn Shape>());
    println!("  Box<dyn Shape> {} Rc<dyn Shape> {} *const dyn Shape {} Option<Box<dyn Shape>> {}",
        size_of::<Box<dyn Shape>>(), size_of::<Rc<dyn Shape>>(),
        size_of::<*const dyn Shape>(), size_of::<Option<Box<dyn Shape>>>());
    println!("  *const [u16] {} &[u8; 100] {} &mut [String] {}",
        size_of::<*const [u16]>(), size_of::<&[u8; 100]>(), size_of::<&mut [String]>());

    println!("dynamic sizes through &dyn:");
    let c = Circle { r: 2.0 };
    let s = Square { side: 1.5 };
    let t = Tagged { tag: 9 };
    describe(&c);
    describe(&s);
    describe(&t);

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Square { side: 2.0 }), Box::new(Tagged { tag: 1 })];
    let total: f64 = shapes.iter().map(|b| b.area()).sum();
    println!("vec of {} boxed shapes: vec buffer {} bytes, total area {}", shapes.len(),
        shapes.capacity() * size_of::<Box<dyn Shape>>(), total);
    let sizes: Vec<usize> = shapes.iter().map(|b| size_of_val(&**b)).collect();
    println!("  pointee sizes {:?}", sizes);

    println!("slices and str:");
    let arr = [1u32, 2, 3, 4, 5];
    let whole: &[u32] = &arr;
    let part = &arr[1..4];
    println!("  size_of_val(&arr) {} whole {} part {}", size_of_val(&arr), size_of_val(whole), size_of_val(part));
    let text = "héllo wörld";
    println!("  str {:?}: size_of_val {} chars {}", text, size_of_val(text), text.chars().count());
    let empty: &[u64] = &[];
    println!("  empty slice size_of_val {} align_of_val {}", size_of_val(empty), align_of_val(empty));

    println!("dyn Debug over different types:");
    let items: [&dyn Debug; 4] = [&1u8, &"str", &[1i16, 2, 3], &Tagged { tag: 4 }];
    for it in items {
        println!("  {:?} -> {} bytes, align {}", it, size_of_val(it), align_of_val(it));
    }

    println!("same data, different vtables:");
    let sq = Square { side: 3.0 };
    let as_shape: &dyn Shape = &sq;
    let as_debug: &dyn Debug = &sq;
    let p1 = as_shape as *const dyn Shape as *const u8;
    let p2 = as_debug as *const dyn Debug as *const u8;
    println!("  data pointers equal: {}", p1 == p2);
    println!("  shape area {} debug {:?}", as_shape.area(), as_debug);

    let rc: Rc<dyn Shape> = Rc::new(Circle { r: 0.5 });
    let rc2 = Rc::clone(&rc);
    println!("Rc<dyn Shape>: strong {} area {} size_of_val {}", Rc::strong_count(&rc), rc2.area(), size_of_val(&*rc));

    let boxed_str: Box<str> = "boxed".into();
    let boxed_slice: Box<[u16]> = vec![1, 2, 3].into_boxed_slice();
    println!("Box<str> pointee {} Box<[u16]> pointee {}", size_of_val(&*boxed_str), size_of_val(&*boxed_slice));
    let unit_slice: &[()] = &[(), (), ()];
    println!("&[()] of len {}: size_of_val {}", unit_slice.len(), size_of_val(unit_slice));
    println!("tags: {} {}", t.tag, s.side);
}
