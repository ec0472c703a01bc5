#[derive(Debug)]
struct Counter {
    hits: u64,
}

fn main() {
    let mut c = Counter { hits: 0 };
    let handle = &mut c;
    println!("before: {:?}", c);
    handle.hits += 1;
}
