// Arc identity without threads: Arc::as_ptr, Arc::ptr_eq, into_raw/from_raw,
// increment/decrement_strong_count and Weak pointers.
use std::collections::HashSet;
use std::sync::{Arc, Weak};

#[derive(Debug, Clone)]
struct Config {
    name: String,
    level: u8,
}

fn main() {
    let base = Arc::new(Config { name: "base".into(), level: 1 });
    let copies: Vec<Arc<Config>> = (0..3).map(|_| Arc::clone(&base)).collect();
    let other = Arc::new(Config { name: "base".into(), level: 1 });

    println!("strong count of base: {}", Arc::strong_count(&base));
    let all_same = copies.iter().all(|c| Arc::ptr_eq(c, &base));
    println!("all copies share base: {}", all_same);
    println!("other shares base: {}", Arc::ptr_eq(&other, &base));

    // distinct allocations by address
    let mut addrs: HashSet<*const Config> = HashSet::new();
    for a in copies.iter().chain([&base, &other]) {
        addrs.insert(Arc::as_ptr(a));
    }
    println!("distinct allocations: {}", addrs.len());

    // as_ptr points at the inner value
    let r: &Config = &base;
    println!("as_ptr == &*base: {}", std::ptr::eq(Arc::as_ptr(&base), r));

    // into_raw keeps the count alive, from_raw gives it back
    let raw = Arc::into_raw(Arc::clone(&base));
    println!("count with raw outstanding: {}", Arc::strong_count(&base));
    unsafe {
        Arc::increment_strong_count(raw);
        println!("after increment_strong_count: {}", Arc::strong_count(&base));
        Arc::decrement_strong_count(raw);
        println!("after decrement_strong_count: {}", Arc::strong_count(&base));
        println!("level through raw: {}", (*raw).level);
        let back = Arc::from_raw(raw);
        println!("back is base: {}", Arc::ptr_eq(&back, &base));
    }
    println!("count after back dropped: {}", Arc::strong_count(&base));

    // Weak: same address while alive, upgrade fails after all strongs go away
    let weak: Weak<Config> = Arc::downgrade(&other);
    println!("weak.as_ptr == Arc::as_ptr(other): {}", std::ptr::eq(weak.as_ptr(), Arc::as_ptr(&other)));
    println!("weak count {}", Arc::weak_count(&other));
    println!("upgrade while alive: {:?}", weak.upgrade().map(|c| c.level));
    drop(other);
    println!("upgrade after drop: {:?}", weak.upgrade().map(|c| c.level));

    // get_mut only works when unique
    let mut solo = Arc::new(Config { name: "solo".into(), level: 3 });
    let before = Arc::as_ptr(&solo);
    if let Some(c) = Arc::get_mut(&mut solo) {
        c.level += 1;
    }
    let shared = Arc::clone(&solo);
    println!("get_mut when shared is none: {}", Arc::get_mut(&mut solo).is_none());
    drop(shared);
    // make_mut does not clone when unique, so the address stays the same
    Arc::make_mut(&mut solo).name.push('!');
    println!("solo = {:?}, same allocation: {}", solo, std::ptr::eq(before, Arc::as_ptr(&solo)));
    drop(copies);
    println!("final base count: {}", Arc::strong_count(&base));
}
