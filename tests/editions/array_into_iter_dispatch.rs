// editions: 2015 2018 2021 2024
// By-value trait methods pick a different impl for `&u32` (pre-2021 `array.into_iter()` items) than for
// `u32` (2021+ items); the item size differs too.
use std::mem::size_of_val;

trait Describe {
    fn describe(self) -> String;
}

impl Describe for u32 {
    fn describe(self) -> String {
        format!("owned {}", self)
    }
}

impl<'a> Describe for &'a u32 {
    fn describe(self) -> String {
        format!("borrowed {}", self)
    }
}

struct Stats {
    lines: Vec<String>,
    item_bytes: usize,
}

fn main() {
    let ports = [80u32, 443, 8080];
    let mut stats = Stats { lines: Vec::new(), item_bytes: 0 };
    for p in ports.into_iter() {
        stats.item_bytes = size_of_val(&p);
        stats.lines.push(p.describe());
    }
    for line in &stats.lines {
        println!("{}", line);
    }
    println!("item size {}", stats.item_bytes);
    println!("ports still here: {:?}", ports);
}
