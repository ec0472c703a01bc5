#[derive(Debug)]
struct Cache {
    hits: u32,
    last: Option<String>,
}

fn remember(c: &mut Cache, key: &str) -> bool {
    let hit = c.last.as_deref() == Some(key);
    if hit {
        c.hits += 1;
    } else {
        c.last = Some(key.to_string());
    }
    hit
}

fn main() {
    let mut c = Cache { hits: 0, last: None };
    for k in ["a", "a", "b", "b", "b"] {
        print!("{} ", remember(&mut c, k));
    }
    println!();
    println!("{:?}", c);
}
