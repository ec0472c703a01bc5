use std::io::{self, BufRead, Read};

fn main() {
    let stdin = io::stdin();
    let mut line = String::new();
    let n = stdin.read_line(&mut line).unwrap();
    println!("read_line -> {n} {:?}", line);
    let count = stdin.lock().lines().count();
    println!("lines: {count}");
    let mut all = String::new();
    let n = io::stdin().read_to_string(&mut all).unwrap();
    println!("read_to_string -> {n}");
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes).unwrap();
    println!("bytes {} cap {}", bytes.len(), bytes.capacity());
    let mut buf = [0u8; 4];
    println!("{:?}", io::stdin().read_exact(&mut buf).map_err(|e| e.kind()));
    let total: i64 = io::stdin().lines().map(|l| l.unwrap().trim().parse::<i64>().unwrap_or(0)).sum();
    println!("sum {total}");
    let mut lock = io::stdin().lock();
    println!("fill_buf empty: {}", lock.fill_buf().unwrap().is_empty());
    println!("{:?}", lock);
}
