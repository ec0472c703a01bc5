// Which elements drop when: drain, retain, truncate, dedup, split_off, into_iter partially consumed.
#[derive(Debug, PartialEq)]
struct Ball(u32);

impl Drop for Ball {
    fn drop(&mut self) {
        println!("    drop Ball({})", self.0);
    }
}

fn balls(range: std::ops::Range<u32>) -> Vec<Ball> {
    range.map(Ball).collect()
}

fn ids(v: &[Ball]) -> Vec<u32> {
    v.iter().map(|b| b.0).collect()
}

fn main() {
    println!("truncate:");
    let mut v = balls(0..5);
    v.truncate(2);
    println!("  left {:?} cap {}", ids(&v), v.capacity());

    println!("drain middle, collected:");
    let mut v = balls(10..16);
    let taken: Vec<Ball> = v.drain(1..3).collect();
    println!("  taken {:?} left {:?}", ids(&taken), ids(&v));

    println!("drain dropped without iterating:");
    v.drain(2..);
    println!("  left {:?}", ids(&v));

    println!("drain partially iterated:");
    let mut w = balls(20..25);
    {
        let mut d = w.drain(..4);
        let first = d.next().unwrap();
        println!("  got {}", first.0);
        println!("  dropping the Drain");
    }
    println!("  w now {:?}", ids(&w));

    println!("retain evens:");
    let mut r = balls(30..36);
    r.retain(|b| b.0 % 2 == 0);
    println!("  kept {:?}", ids(&r));

    println!("dedup_by_key:");
    let mut d: Vec<Ball> = [1, 1, 2, 2, 2, 3].into_iter().map(Ball).collect();
    d.dedup_by_key(|b| b.0);
    println!("  after dedup {:?}", ids(&d));

    println!("into_iter partially consumed:");
    let it_vec = balls(40..44);
    let mut it = it_vec.into_iter();
    let a = it.next();
    let z = it.next_back();
    println!("  took {:?} and {:?}, {} remain", a.as_ref().map(|b| b.0), z.as_ref().map(|b| b.0), it.len());
    drop(it);
    println!("  iterator dropped");

    println!("split_off and append:");
    let mut s = balls(50..54);
    let mut tail = s.split_off(2);
    println!("  head {:?} tail {:?}", ids(&s), ids(&tail));
    s.append(&mut tail);
    println!("  appended, tail len {} cap {}", tail.len(), tail.capacity());

    println!("extract via swap_remove in a loop:");
    while s.len() > 2 {
        let b = s.swap_remove(0);
        println!("  removed {} -> {:?}", b.0, ids(&s));
    }

    println!("clear keeps capacity:");
    let cap = s.capacity();
    s.clear();
    println!("  len {} same cap {}", s.len(), s.capacity() == cap);

    println!("find and remove with position:");
    let mut p = balls(60..64);
    if let Some(pos) = p.iter().position(|b| b.0 == 62) {
        let gone = p.remove(pos);
        println!("  removed at {pos}: {:?}", gone);
    }
    println!("  sorted desc:");
    p.sort_by(|a, b| b.0.cmp(&a.0));
    println!("  {:?}", ids(&p));
    println!("end of main");
}
