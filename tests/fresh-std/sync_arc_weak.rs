use std::sync::{Arc, Weak};
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
}

struct Node {
    label: &'static str,
    parent: Option<Weak<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.label);
    }
}

trait Shape: Send + Sync {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
}

impl fmt::Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Square({})", self.0) }
}

fn main() {
    let cfg = Arc::new(Config { name: "svc".to_string(), retries: 3 });
    let a = Arc::clone(&cfg);
    let b = cfg.clone();
    println!("{:?} strong {} weak {}", a, Arc::strong_count(&cfg), Arc::weak_count(&cfg));
    println!("ptr_eq {} eq {}", Arc::ptr_eq(&a, &b), *a == Config { name: "svc".into(), retries: 3 });
    drop(a);
    drop(b);

    // copy on write
    let mut shared = Arc::clone(&cfg);
    Arc::make_mut(&mut shared).retries += 1;
    println!("after make_mut: {} vs {}, strong {}", shared.retries, cfg.retries, Arc::strong_count(&cfg));
    let mut only = Arc::new(5);
    *Arc::get_mut(&mut only).unwrap() += 1;
    let other = only.clone();
    println!("get_mut while shared: {:?}; value {}", Arc::get_mut(&mut only), other);
    drop(other);
    println!("try_unwrap {:?}", Arc::try_unwrap(only));
    let twice = Arc::new(String::from("twice"));
    let twice2 = twice.clone();
    println!("try_unwrap shared: {:?}", Arc::try_unwrap(twice).map_err(|a| Arc::strong_count(&a)));
    println!("into_inner {:?}", Arc::into_inner(twice2));
    println!("unwrap_or_clone {:?}", Arc::unwrap_or_clone(cfg.clone()));

    // weak references
    let root = Arc::new(Node { label: "root", parent: None });
    let child = Arc::new(Node { label: "child", parent: Some(Arc::downgrade(&root)) });
    println!("root strong {} weak {}", Arc::strong_count(&root), Arc::weak_count(&root));
    let parent = child.parent.as_ref().unwrap();
    println!("child's parent: {}", parent.upgrade().map(|p| p.label).unwrap_or("gone"));
    println!("weak counts {} {}", parent.strong_count(), parent.weak_count());
    drop(root);
    println!("after drop: {:?} {}", child.parent.as_ref().unwrap().upgrade().map(|p| p.label), child.parent.as_ref().unwrap().strong_count());
    let empty: Weak<i32> = Weak::new();
    println!("empty weak {:?} {} {:?}", empty.upgrade(), empty.strong_count(), empty);

    // cyclic construction
    let me = Arc::new_cyclic(|w: &Weak<Node>| Node { label: "self", parent: Some(w.clone()) });
    println!("cyclic upgrade is me: {}", Arc::ptr_eq(&me.parent.as_ref().unwrap().upgrade().unwrap(), &me));

    // unsized contents
    let text: Arc<str> = Arc::from("hello arc");
    let bytes: Arc<[u8]> = Arc::from(&b"xyz"[..]);
    let nums: Arc<[i32]> = vec![3, 1, 2].into();
    let collected: Arc<[u32]> = (1..=4).map(|x| x * x).collect();
    println!("{} {:?} {:?} {:?} {}", text, bytes, nums, collected, text.len());
    let shapes: Vec<Arc<dyn Shape>> = vec![Arc::new(Square(2.0)), Arc::new(Square(1.5))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {total}");
    let sq = Arc::new(Square(3.0));
    println!("display {sq}");
    let boxed: Arc<Vec<u8>> = Arc::from(Box::new(vec![9, 8]));
    println!("from box {:?}", boxed);
    let default_str: Arc<str> = Arc::default();
    let default_slice: Arc<[u64]> = Arc::default();
    println!("defaults {:?} {:?} {}", default_str, default_slice, Arc::<i32>::default());

    // raw round trip
    let raw = Arc::into_raw(Arc::new(77u64));
    let back = unsafe { Arc::from_raw(raw) };
    println!("raw {} {}", back, Arc::strong_count(&back));

    // Arc as map keys and in sorting
    let mut counts: HashMap<Arc<str>, usize> = HashMap::new();
    for w in ["a", "b", "a"] {
        *counts.entry(Arc::from(w)).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let any: Arc<dyn std::any::Any + Send + Sync> = Arc::new(12i32);
    println!("downcast {:?}", any.downcast::<i32>().map(|v| *v).ok());
    println!("sizes {} {} {}", std::mem::size_of::<Arc<u8>>(), std::mem::size_of::<Arc<str>>(), std::mem::size_of::<Option<Arc<u8>>>());
    println!("end");
}
