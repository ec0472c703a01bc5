// What a HashMap owns: values dropped on remove, overwrite, clear, drain and drop; keys of a struct
// type with derived Hash; Rc counts showing clones of the map.
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

static mut DROPS: u32 = 0;

struct Tracked(u32);

impl Drop for Tracked {
    fn drop(&mut self) {
        unsafe { DROPS += 1 };
    }
}

fn drops() -> u32 {
    unsafe { DROPS }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Shape {
    Circle(u32),
    Rect { w: u32, h: u32 },
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut m: HashMap<u32, Tracked> = HashMap::new();
    for i in 0..10 {
        m.insert(i, Tracked(i));
    }
    println!("drops after inserts: {}", drops());
    let old = m.insert(3, Tracked(33));
    println!("overwrite returned old {:?}, drops {}", old.as_ref().map(|t| t.0), drops());
    drop(old);
    println!("after dropping old: {}", drops());
    m.remove(&4);
    println!("after remove: {}", drops());
    let kept = m.remove(&5);
    println!("removed but kept: {} drops {}", kept.as_ref().unwrap().0, drops());
    m.retain(|k, _| k % 2 == 0);
    println!("after retain: len {} drops {}", m.len(), drops());
    let mut c = HashMap::new();
    for (k, v) in m.drain() {
        if k < 4 {
            c.insert(k, v);
        }
    }
    println!("after drain: len {} kept {} drops {}", m.len(), c.len(), drops());
    c.clear();
    println!("after clear: drops {}", drops());
    m.insert(100, Tracked(100));
    m.insert(101, Tracked(101));
    let mut it = m.into_iter();
    let first = it.next().map(|(k, _)| k >= 100);
    drop(it);
    println!("into_iter dropped early: {:?} drops {}", first, drops());
    drop(kept);
    println!("final drops {}", drops());

    // Rc values: clones of the map share them.
    let shared = Rc::new(String::from("shared"));
    let mut r: HashMap<&str, Rc<String>> = HashMap::new();
    r.insert("a", Rc::clone(&shared));
    r.insert("b", Rc::clone(&shared));
    println!("strong {}", Rc::strong_count(&shared));
    let r2 = r.clone();
    println!("strong after clone {}", Rc::strong_count(&shared));
    drop(r);
    println!("strong after drop {} r2 len {}", Rc::strong_count(&shared), r2.len());
    let mut r3: HashMap<&str, Rc<String>> = HashMap::new();
    r3.insert("z", Rc::new(String::from("other")));
    r3.clone_from(&r2);
    println!("strong after clone_from {} r3 has z {}", Rc::strong_count(&shared), r3.contains_key("z"));

    // Derived Hash on enums and structs, tuple keys.
    let mut areas: HashMap<Shape, u32> = HashMap::new();
    for s in [Shape::Circle(2), Shape::Rect { w: 3, h: 4 }, Shape::Empty, Shape::Circle(2), Shape::Rect { w: 4, h: 3 }] {
        let a = match &s {
            Shape::Circle(r) => 3 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Empty => 0,
        };
        *areas.entry(s).or_insert(0) += a;
    }
    let mut list: Vec<_> = areas.into_iter().collect();
    list.sort();
    println!("{:?}", list);

    let mut grid: HashSet<Point> = HashSet::new();
    for x in -2..=2 {
        for y in -2..=2 {
            if (x + y) % 2 == 0 {
                grid.insert(Point { x, y });
            }
        }
    }
    println!("grid {} has origin {} has (1,0) {}", grid.len(), grid.contains(&Point { x: 0, y: 0 }), grid.contains(&Point { x: 1, y: 0 }));
    let mut dist: HashMap<(i32, i32), u32> = HashMap::new();
    for p in &grid {
        dist.insert((p.x, p.y), (p.x.abs() + p.y.abs()) as u32);
    }
    let far: Vec<_> = {
        let mut v: Vec<_> = dist.iter().filter(|(_, d)| **d == 4).map(|(k, _)| *k).collect();
        v.sort();
        v
    };
    println!("far corners {:?}", far);
}
