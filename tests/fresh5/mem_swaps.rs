// mem::replace, mem::take, mem::swap, Option::take and friends.
use std::mem;

#[derive(Debug, Default)]
struct Named {
    name: String,
}

impl Drop for Named {
    fn drop(&mut self) {
        println!("  drop Named({:?})", self.name);
    }
}

fn named(s: &str) -> Named {
    Named { name: s.to_string() }
}

#[derive(Debug, Default)]
struct Doc {
    title: String,
    lines: Vec<String>,
    owner: Option<Named>,
}

fn main() {
    println!("mem::replace:");
    let mut current = named("first");
    let old = mem::replace(&mut current, named("second"));
    println!("  old={} current={}", old.name, current.name);
    drop(old);
    println!("  after drop(old)");

    println!("mem::take on a String field:");
    let mut doc = Doc {
        title: String::from("Draft title"),
        lines: vec!["l1".into(), "l2".into(), "l3".into()],
        owner: Some(named("alice")),
    };
    let title = mem::take(&mut doc.title);
    println!("  took {:?}; field now {:?} cap {}", title, doc.title, doc.title.capacity());
    let lines = mem::take(&mut doc.lines);
    println!("  took {} lines; field len {} cap {}", lines.len(), doc.lines.len(), doc.lines.capacity());

    println!("Option::take:");
    let owner = doc.owner.take();
    println!("  owner taken: {:?}, field is_none={}", owner.as_ref().map(|n| n.name.as_str()), doc.owner.is_none());
    drop(owner);

    println!("Option::replace:");
    let prev = doc.owner.replace(named("bob"));
    println!("  prev is_none={}", prev.is_none());
    let prev = doc.owner.replace(named("carol"));
    println!("  prev = {:?}", prev.as_ref().map(|n| &n.name));

    println!("mem::swap:");
    let mut x = named("x");
    let mut y = named("y");
    mem::swap(&mut x, &mut y);
    println!("  x={} y={}", x.name, y.name);
    let mut arr = [1, 2, 3, 4, 5];
    arr.swap(0, 4);
    let (l, r) = arr.split_at_mut(2);
    mem::swap(&mut l[0], &mut r[0]);
    println!("  arr={:?}", arr);

    println!("mem::take on Vec<Named>:");
    let mut bag = vec![named("b1"), named("b2")];
    let taken = mem::take(&mut bag);
    println!("  bag len {} cap {}, taken len {}", bag.len(), bag.capacity(), taken.len());
    bag.push(named("b3"));
    drop(taken);
    println!("  after dropping taken");

    println!("Option::get_or_insert_with and replace via match:");
    let mut cache: Option<Named> = None;
    let len = cache.get_or_insert_with(|| named("cached")).name.len();
    println!("  len {len}");
    if let Some(old) = mem::replace(&mut cache, None) {
        println!("  replaced out {}", old.name);
    }
    println!("  cache none: {}", cache.is_none());

    println!("Default::default for Doc:");
    let d = Doc::default();
    println!("  {:?}", d);
    println!("end of main");
}
