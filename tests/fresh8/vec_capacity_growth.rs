fn report<T>(label: &str, v: &Vec<T>) {
    println!("{:<28} len={:>3} cap={:>3}", label, v.len(), v.capacity());
}

#[derive(Clone, Debug)]
#[allow(dead_code)]
struct Big {
    data: [u8; 2000],
}

fn main() {
    println!("-- pushing u32 into Vec::new --");
    let mut v: Vec<u32> = Vec::new();
    report("new", &v);
    let mut last_cap = v.capacity();
    let mut reallocations = 0;
    for i in 0..20u32 {
        v.push(i * i);
        if v.capacity() != last_cap {
            reallocations += 1;
            last_cap = v.capacity();
        }
        println!("push {:>3} -> len={:>2} cap={:>2}", i * i, v.len(), v.capacity());
    }
    println!("reallocations = {}", reallocations);

    println!("-- pushing u8 (min cap 8) --");
    let mut bytes: Vec<u8> = Vec::new();
    for b in 0..10u8 {
        bytes.push(b);
        println!("push {} -> len={} cap={}", b, bytes.len(), bytes.capacity());
    }

    println!("-- big elements (min cap 1) --");
    let mut bigs: Vec<Big> = Vec::new();
    for n in 0..3u8 {
        bigs.push(Big { data: [n; 2000] });
        report("push big", &bigs);
    }
    println!("last big first byte = {}", bigs[2].data[0]);

    println!("-- with_capacity / reserve --");
    let mut w: Vec<i64> = Vec::with_capacity(10);
    report("with_capacity(10)", &w);
    w.extend([1, 2, 3, 4, 5, 6]);
    report("extend 6", &w);
    w.reserve(3);
    report("reserve(3) fits", &w);
    w.reserve(10);
    report("reserve(10) grows", &w);
    w.reserve_exact(30);
    report("reserve_exact(30)", &w);
    w.extend(100..110);
    report("extend 100..110", &w);
    w.truncate(4);
    report("truncate(4)", &w);
    println!("contents after truncate: {:?}", w);
    w.shrink_to(8);
    report("shrink_to(8)", &w);
    w.shrink_to_fit();
    report("shrink_to_fit", &w);
    w.clear();
    report("clear", &w);
    w.shrink_to_fit();
    report("shrink_to_fit empty", &w);

    println!("-- construction paths --");
    let from_macro = vec![7u16; 5];
    report("vec![7; 5]", &from_macro);
    let collected: Vec<u16> = (0..13).collect();
    report("collect 0..13", &collected);
    let filtered: Vec<u16> = collected.iter().copied().filter(|x| x % 3 == 0).collect();
    report("collect filtered", &filtered);
    println!("filtered = {:?}", filtered);
    let mut cloned = collected.clone();
    report("clone", &cloned);
    cloned.pop();
    cloned.pop();
    report("after 2 pops", &cloned);
    cloned.insert(0, 99);
    report("insert at 0", &cloned);
    cloned.remove(5);
    report("remove(5)", &cloned);
    println!("first={} last={:?}", cloned[0], cloned.last());

    println!("-- zero-sized elements --");
    let mut units: Vec<()> = Vec::new();
    for _ in 0..5 {
        units.push(());
    }
    println!("Vec<()> len={} cap==usize::MAX? {}", units.len(), units.capacity() == usize::MAX);
}
