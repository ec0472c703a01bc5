// How does Vec grow? Record every capacity change while pushing.
fn growth<T: Clone>(label: &str, item: T, pushes: usize) {
    let mut v: Vec<T> = Vec::new();
    let mut caps = vec![v.capacity()];
    let mut moves = 0;
    let mut last_ptr = v.as_ptr();
    for _ in 0..pushes {
        v.push(item.clone());
        if v.capacity() != *caps.last().unwrap() {
            caps.push(v.capacity());
            if v.as_ptr() != last_ptr {
                moves += 1;
            }
            last_ptr = v.as_ptr();
        }
    }
    println!("{label:<12} caps {caps:?} (buffer changed {moves} times)");
}

fn main() {
    growth("u8", 0u8, 70);
    growth("u16", 0u16, 40);
    growth("u64", 0u64, 40);
    growth("[u8; 600]", [0u8; 600], 10);
    growth("[u8; 2000]", [0u8; 2000], 10);
    growth("String", String::new(), 20);

    let mut z: Vec<()> = Vec::new();
    z.push(());
    z.push(());
    println!("Vec<()> len {} cap {}", z.len(), z.capacity());

    let mut w: Vec<u32> = Vec::with_capacity(10);
    println!("with_capacity(10): len {} cap {}", w.len(), w.capacity());
    w.extend(0..10);
    println!("after 10 pushes: cap {}", w.capacity());
    w.push(10);
    println!("after 11th push: cap {}", w.capacity());
    w.reserve(100);
    println!("reserve(100) at len {}: cap {}", w.len(), w.capacity());
    w.shrink_to_fit();
    println!("shrink_to_fit: cap {}", w.capacity());
    w.reserve_exact(5);
    println!("reserve_exact(5): cap {}", w.capacity());
    w.reserve(1);
    println!("reserve(1) with spare room: cap {}", w.capacity());
    w.truncate(3);
    println!("truncate(3): len {} cap {}", w.len(), w.capacity());
    w.shrink_to(8);
    println!("shrink_to(8): cap {}", w.capacity());
    w.shrink_to(1);
    println!("shrink_to(1): cap {}", w.capacity());
    w.clear();
    println!("clear: len {} cap {}", w.len(), w.capacity());

    let mut e: Vec<u8> = Vec::new();
    e.extend_from_slice(&[1, 2, 3]);
    println!("extend_from_slice 3 into empty Vec<u8>: cap {}", e.capacity());
    e.extend_from_slice(&[0; 20]);
    println!("then 20 more: len {} cap {}", e.len(), e.capacity());

    let lit = vec![1u64, 2, 3, 4, 5];
    println!("vec! literal: cap {}", lit.capacity());
    let cloned = {
        let mut big = Vec::with_capacity(50);
        big.extend_from_slice(&lit);
        big.clone()
    };
    println!("clone of cap-50 vec: cap {}", cloned.capacity());
    let collected: Vec<u64> = (0..7).collect();
    println!("collect from range of 7: cap {}", collected.capacity());
    let filtered: Vec<u64> = (0..7).filter(|x| x % 2 == 0).collect();
    println!("collect from filter (4 items): cap {}", filtered.capacity());
    let from_arr = Vec::from([9u16; 6]);
    println!("Vec::from([_; 6]): cap {}", from_arr.capacity());
    let mut split = (0..10).collect::<Vec<i32>>();
    let tail = split.split_off(6);
    println!("split_off: head cap {} tail cap {}", split.capacity(), tail.capacity());
    let mut d: Vec<i32> = (0..10).collect();
    d.drain(2..8);
    println!("after drain: {:?} cap {}", d, d.capacity());
    let mut rep = vec![0u8; 5];
    rep.resize(9, 1);
    println!("resize to 9: cap {}", rep.capacity());
}
