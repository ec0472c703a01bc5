#[derive(Debug)]
struct Counter {
    hits: u32,
}

fn main() {
    let mut c = Counter { hits: 0 };
    let r = &mut c;
    r.hits += 5;
    r.hits *= 2;
    println!("counter {:?}", c);
    c.hits -= 1;
    println!("hits {}", c.hits);
}
