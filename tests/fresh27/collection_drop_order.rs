// When do the elements of a collection get dropped? truncate, pop, remove, drain, retain,
// partially consumed into_iter, BTreeMap, VecDeque and nested boxes.
use std::collections::{BTreeMap, VecDeque};

struct Item(String);

impl Drop for Item {
    fn drop(&mut self) {
        println!("    drop {}", self.0);
    }
}

fn items(prefix: &str, n: usize) -> Vec<Item> {
    (0..n).map(|i| Item(format!("{prefix}{i}"))).collect()
}

fn main() {
    println!("Vec dropped as a whole: front to back");
    {
        let _v = items("v", 3);
    }
    println!("truncate(1):");
    let mut t = items("t", 4);
    t.truncate(1);
    println!("  len {} cap {}", t.len(), t.capacity());
    println!("pop (result discarded):");
    let mut p = items("p", 3);
    p.pop();
    println!("  after pop statement");
    let kept = p.pop();
    println!("  kept popped {:?}", kept.as_ref().map(|i| i.0.as_str()));
    drop(kept);
    println!("remove(0) and swap_remove(0):");
    let mut r = items("r", 4);
    let first = r.remove(0);
    let swapped = r.swap_remove(0);
    println!("  removed {} and {}; left {:?}", first.0, swapped.0, r.iter().map(|i| i.0.as_str()).collect::<Vec<_>>());
    drop(swapped);
    drop(first);
    println!("drain(1..3) dropped without being used:");
    let mut d = items("d", 5);
    d.drain(1..3);
    println!("  left {:?}", d.iter().map(|i| i.0.as_str()).collect::<Vec<_>>());
    println!("drain(..) partly consumed:");
    {
        let mut it = d.drain(..);
        let one = it.next().unwrap();
        println!("  took {}", one.0);
    }
    println!("  d is empty: {}", d.is_empty());
    println!("retain keeps evens:");
    let mut k = items("k", 5);
    let mut idx = 0;
    k.retain(|_| {
        idx += 1;
        idx % 2 == 1
    });
    println!("  kept {}", k.len());
    println!("into_iter partly consumed then dropped:");
    {
        let mut it = items("i", 4).into_iter();
        let a = it.next().unwrap();
        let b = it.next_back().unwrap();
        println!("  got {} and {}", a.0, b.0);
    }
    println!("clear():");
    let mut c = items("c", 2);
    c.clear();
    println!("  cap after clear {}", c.capacity());
    println!("overwriting an element with assignment:");
    let mut o = items("o", 2);
    o[1] = Item("o1-new".into());
    println!("  now {} {}", o[0].0, o[1].0);
    println!("BTreeMap drops in key order:");
    {
        let mut m = BTreeMap::new();
        for key in [3, 1, 2] {
            m.insert(key, Item(format!("m{key}")));
        }
        println!("  insert over existing key 2 returns the old value:");
        let old = m.insert(2, Item("m2-new".into()));
        drop(old);
        println!("  leaving scope");
    }
    println!("VecDeque that wrapped around:");
    {
        let mut q = VecDeque::with_capacity(4);
        for i in 0..4 {
            q.push_back(Item(format!("q{i}")));
        }
        q.pop_front();
        q.push_back(Item("q4".into()));
        println!("  leaving scope");
    }
    println!("Vec<Box<Item>> and Option<Item>:");
    {
        let _bx = vec![Box::new(Item("b0".into())), Box::new(Item("b1".into()))];
        let _o: Option<Item> = Some(Item("opt".into()));
    }
    println!("end of main");
}
