// Capacity management of VecDeque and the drop order of its elements.
use std::collections::VecDeque;

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d: VecDeque<u64> = VecDeque::with_capacity(3);
    println!("with_capacity(3): cap {}", d.capacity());
    d.extend([1, 2, 3]);
    d.reserve(1);
    println!("reserve(1) at len 3: cap {}", d.capacity());
    d.reserve_exact(10);
    println!("reserve_exact(10): cap {}", d.capacity());
    d.shrink_to(5);
    println!("shrink_to(5): cap {}", d.capacity());
    d.shrink_to_fit();
    println!("shrink_to_fit: cap {} {:?}", d.capacity(), d);
    match d.try_reserve(usize::MAX) {
        Ok(()) => println!("reserved?!"),
        Err(e) => println!("try_reserve(MAX): {e}"),
    }
    match d.try_reserve(100) {
        Ok(()) => println!("try_reserve(100) ok, cap {}", d.capacity()),
        Err(e) => println!("error {e}"),
    }
    match d.try_reserve_exact(200) {
        Ok(()) => println!("try_reserve_exact(200) ok, cap {}", d.capacity()),
        Err(e) => println!("error {e}"),
    }

    // shrinking a wrapped deque keeps the order
    let mut w: VecDeque<i32> = VecDeque::with_capacity(16);
    for i in 0..10 {
        w.push_back(i);
    }
    for _ in 0..8 {
        w.pop_front();
    }
    for i in 10..20 {
        w.push_back(i);
    }
    println!("wrapped {:?} slices {:?}", w, w.as_slices());
    w.shrink_to_fit();
    println!("shrunk cap {} {:?} slices {:?}", w.capacity(), w, w.as_slices());

    // Vec <-> VecDeque conversions keep the buffer
    let v: Vec<i32> = Vec::with_capacity(10);
    let mut dq = VecDeque::from(v);
    println!("from Vec::with_capacity(10): cap {}", dq.capacity());
    dq.push_front(1);
    dq.push_front(2);
    dq.push_back(3);
    let back: Vec<i32> = dq.into();
    println!("back to vec {:?} cap {}", back, back.capacity());
    let collected: VecDeque<i32> = (0..5).map(|x| x * x).collect();
    println!("collected {:?} cap {}", collected, collected.capacity());
    let filtered: VecDeque<i32> = (0..20).filter(|x| x % 3 == 0).collect();
    println!("filtered {:?} cap {}", filtered, filtered.capacity());
    let cloned = filtered.clone();
    println!("clone cap {}", cloned.capacity());

    println!("-- truncate");
    let mut n: VecDeque<Noisy> = (0..3).map(Noisy).collect();
    n.push_front(Noisy(10));
    n.push_front(Noisy(11));
    n.truncate(3);
    println!("-- drain middle");
    n.push_back(Noisy(20));
    n.push_back(Noisy(21));
    {
        let mut dr = n.drain(1..3);
        let first = dr.next();
        println!("took {}", first.as_ref().map(|x| x.0).unwrap_or(0));
    }
    println!("-- remaining {:?}", n.iter().map(|x| x.0).collect::<Vec<_>>());
    println!("-- into_iter partially");
    let mut it = n.into_iter();
    let last = it.next_back();
    println!("last {}", last.as_ref().unwrap().0);
    drop(it);
    println!("-- clear");
    let mut m: VecDeque<Noisy> = VecDeque::new();
    m.push_back(Noisy(30));
    m.push_front(Noisy(31));
    m.clear();
    println!("-- end");
}
