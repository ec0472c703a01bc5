struct Counter {
    hits: u64,
}

fn main() {
    let c = Box::new(Counter { hits: 0 });
    let raw = Box::into_raw(c);
    unsafe { (*raw).hits += 3; }
    println!("hits = {}", unsafe { (*raw).hits });
    let owned = unsafe { Box::from_raw(raw) };
    drop(owned);
    println!("counter freed");
    unsafe { (*raw).hits = 10; }
    println!("done");
}
