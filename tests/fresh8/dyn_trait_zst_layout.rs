use std::mem::{align_of_val, size_of, size_of_val};
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Dot;

struct Circle {
    r: f64,
}

struct Rect {
    w: f32,
    h: f32,
}

#[repr(align(32))]
struct Tile {
    id: u8,
}

impl Shape for Dot {
    fn area(&self) -> f64 {
        0.0
    }
    fn name(&self) -> &'static str {
        "dot"
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        (self.w * self.h) as f64
    }
    fn name(&self) -> &'static str {
        "rect"
    }
}

impl Shape for Tile {
    fn area(&self) -> f64 {
        self.id as f64
    }
    fn name(&self) -> &'static str {
        "tile"
    }
}

struct Marker;
struct Empty {}
struct HasZst {
    value: u32,
    _tag: Marker,
    _unit: (),
}

fn main() {
    println!("&dyn Shape={} Box<dyn Shape>={}", size_of::<&dyn Shape>(), size_of::<Box<dyn Shape>>());
    println!("Rc<dyn Shape>={}", size_of::<Rc<dyn Shape>>());
    println!("Option<Box<dyn Shape>>={}", size_of::<Option<Box<dyn Shape>>>());

    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Dot),
        Box::new(Circle { r: 2.0 }),
        Box::new(Rect { w: 3.0, h: 1.5 }),
        Box::new(Tile { id: 9 }),
    ];
    println!("Vec<Box<dyn Shape>> buffer bytes = {}", size_of_val(shapes.as_slice()));
    let mut total = 0.0;
    for s in &shapes {
        let inner: &dyn Shape = s.as_ref();
        let (sz, al) = (size_of_val(inner), align_of_val(inner));
        println!("{:<6} area={:<5} value size={:>2} align={:>2}", s.name(), s.area(), sz, al);
        total += s.area();
    }
    println!("total area = {}", total);

    let shared: Rc<dyn Shape> = Rc::new(Circle { r: 1.0 });
    let also = Rc::clone(&shared);
    println!("Rc<dyn Shape> strong={} area={} value size={}", Rc::strong_count(&also), also.area(), size_of_val(&*shared));

    println!("-- zero-sized types --");
    println!("Dot={} Marker={} Empty={} ()={} [u64;0]={}",
        size_of::<Dot>(), size_of::<Marker>(), size_of::<Empty>(), size_of::<()>(), size_of::<[u64; 0]>());
    println!("HasZst={} (same as u32: {})", size_of::<HasZst>(), size_of::<HasZst>() == size_of::<u32>());
    let h = HasZst { value: 12, _tag: Marker, _unit: () };
    println!("HasZst value = {}", h.value);
    println!("[Dot; 1000] size={}", size_of::<[Dot; 1000]>());
    println!("Box<Dot> size={} Box<Dot> value size={}", size_of::<Box<Dot>>(), size_of_val(&*Box::new(Dot)));
    let mut zv: Vec<Marker> = Vec::new();
    for _ in 0..1000 {
        zv.push(Marker);
    }
    println!("Vec<Marker> len={} heap bytes={}", zv.len(), size_of_val(zv.as_slice()));
    println!("Option<Marker>={} Result<(), ()>={}", size_of::<Option<Marker>>(), size_of::<Result<(), ()>>());

    println!("-- slices and str --");
    let arr = [1u32, 2, 3, 4];
    let s: &[u32] = &arr[1..];
    let st: &str = "größe";
    println!("&[u32] len={} val bytes={} ref bytes={}", s.len(), size_of_val(s), size_of_val(&s));
    println!("&str chars={} val bytes={} ref bytes={}", st.chars().count(), size_of_val(st), size_of_val(&st));
    let boxed: Box<[u32]> = arr.to_vec().into_boxed_slice();
    println!("Box<[u32]> len={} value bytes={}", boxed.len(), size_of_val(&*boxed));
}
