fn show<T>(label: &str, v: &Vec<T>) {
    println!("{:<28} len={:>3} cap={:>3}", label, v.len(), v.capacity());
}

fn main() {
    println!("== push growth, Vec<u32> ==");
    let mut v: Vec<u32> = Vec::new();
    let mut last_cap = v.capacity();
    println!("start: len={} cap={}", v.len(), last_cap);
    let mut reallocs = 0;
    for i in 0..40u32 {
        v.push(i * i);
        if v.capacity() != last_cap {
            reallocs += 1;
            println!("push #{:>2}: cap {:>2} -> {:>2}", i + 1, last_cap, v.capacity());
            last_cap = v.capacity();
        }
    }
    println!("40 pushes caused {} reallocations, last value {}", reallocs, v[39]);

    println!("== first allocation depends on element size ==");
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    show("Vec<u8> after 1 push", &bytes);
    let mut words: Vec<u64> = Vec::new();
    words.push(1);
    show("Vec<u64> after 1 push", &words);
    let mut blocks: Vec<[u8; 2048]> = Vec::new();
    blocks.push([0; 2048]);
    show("Vec<[u8;2048]> after 1 push", &blocks);

    println!("== with_capacity / reserve ==");
    let mut w: Vec<i64> = Vec::with_capacity(10);
    show("with_capacity(10)", &w);
    for i in 0..10 {
        w.push(i);
    }
    show("after 10 pushes", &w);
    w.push(10);
    show("after 11th push", &w);
    w.reserve(5);
    show("reserve(5)", &w);
    w.reserve(15);
    show("reserve(15)", &w);
    w.reserve_exact(50);
    show("reserve_exact(50)", &w);

    println!("== shrinking ==");
    w.truncate(3);
    show("truncate(3)", &w);
    w.shrink_to(8);
    show("shrink_to(8)", &w);
    w.shrink_to_fit();
    show("shrink_to_fit()", &w);
    println!("contents {:?}", w);
    w.clear();
    show("clear()", &w);
    w.extend_from_slice(&[7, 8, 9, 10, 11]);
    show("extend_from_slice(5)", &w);

    println!("== collect from iterators ==");
    let c: Vec<u16> = (0..13).collect();
    show("collect 0..13", &c);
    let filtered: Vec<u16> = c.iter().copied().filter(|x| x % 3 == 0).collect();
    show("filtered %3", &filtered);
    println!("filtered values {:?}", filtered);
    let bytes_used = filtered.capacity() * std::mem::size_of::<u16>();
    println!("heap bytes reserved for filtered: {}", bytes_used);
}
