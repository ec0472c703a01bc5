use std::collections::VecDeque;

fn main() {
    println!("== String growth ==");
    let mut s = String::new();
    println!("empty: len={} cap={}", s.len(), s.capacity());
    let mut last = s.capacity();
    for word in ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hhhhhhhh"] {
        s.push_str(word);
        if s.capacity() != last {
            println!("push_str({:<8}) len={:>2} cap {:>2} -> {:>2}", word, s.len(), last, s.capacity());
            last = s.capacity();
        } else {
            println!("push_str({:<8}) len={:>2} cap stays {}", word, s.len(), s.capacity());
        }
    }
    let mut t = String::with_capacity(4);
    t.push('é');
    t.push('ß');
    println!("two 2-byte chars: len={} chars={} cap={}", t.len(), t.chars().count(), t.capacity());
    t.push('€');
    println!("plus a 3-byte char: len={} cap={}", t.len(), t.capacity());
    let lit = "static text";
    let owned = lit.to_string();
    println!("to_string of {} bytes gives cap={}", lit.len(), owned.capacity());
    let mut shrink = String::with_capacity(100);
    shrink.push_str("tiny");
    shrink.shrink_to_fit();
    println!("after shrink_to_fit: len={} cap={}", shrink.len(), shrink.capacity());
    let formatted = format!("{}-{}", 12345, "xyz");
    println!("format! result {:?} len={}", formatted, formatted.len());

    println!("== VecDeque ==");
    let mut q: VecDeque<u32> = VecDeque::new();
    println!("new: len={} cap={}", q.len(), q.capacity());
    let mut last = q.capacity();
    for i in 0..10 {
        if i % 2 == 0 {
            q.push_back(i);
        } else {
            q.push_front(i);
        }
        if q.capacity() != last {
            println!("after op {}: cap {} -> {}", i, last, q.capacity());
            last = q.capacity();
        }
    }
    println!("queue = {:?}", q);
    println!("front={:?} back={:?}", q.front(), q.back());
    while q.len() > 4 {
        let f = q.pop_front().unwrap();
        let b = q.pop_back().unwrap();
        println!("popped front {} back {}", f, b);
    }
    println!("remaining {:?} cap={}", q, q.capacity());
    q.make_contiguous().sort();
    let (a, b) = q.as_slices();
    println!("sorted contiguous: first={:?} second={:?}", a, b);

    let mut ring: VecDeque<&str> = VecDeque::with_capacity(3);
    println!("ring with_capacity(3) cap={}", ring.capacity());
    for item in ["r1", "r2", "r3", "r4", "r5"] {
        if ring.len() == 3 {
            let old = ring.pop_front().unwrap();
            println!("evict {}", old);
        }
        ring.push_back(item);
    }
    println!("ring = {:?} cap={}", ring, ring.capacity());
    let v: Vec<&str> = ring.into_iter().collect();
    println!("into Vec {:?} len={}", v, v.len());
}
