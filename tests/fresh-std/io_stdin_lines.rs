use std::collections::BTreeMap;
use std::io::{self, BufRead, Read};

fn main() {
    let stdin = io::stdin();
    let mut first = String::new();
    let n = stdin.read_line(&mut first).unwrap();
    println!("header ({n} bytes): {:?}", first);
    let count: usize = first.trim().parse().unwrap();
    let mut words = BTreeMap::new();
    let mut total = 0i64;
    let mut lines = stdin.lock().lines();
    for _ in 0..count {
        let line = lines.next().unwrap().unwrap();
        for w in line.split_whitespace() {
            match w.parse::<i64>() {
                Ok(v) => total += v,
                Err(_) => *words.entry(w.to_string()).or_insert(0) += 1,
            }
        }
    }
    drop(lines);
    println!("total {total}");
    println!("{:?}", words);
    let mut rest = Vec::new();
    let n = io::stdin().read_to_end(&mut rest).unwrap();
    println!("rest {n} bytes, {} lines, cap {}", rest.iter().filter(|&&b| b == b'\n').count(), rest.capacity());
    println!("last line {:?}", String::from_utf8_lossy(rest.split(|&b| b == b'\n').filter(|l| !l.is_empty()).last().unwrap()));
}
