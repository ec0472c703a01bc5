use std::collections::HashMap;

const INPUT: &str = "r, wr, b, g, bwu, rb, gb, br

brwrr
bggr
gbbr
rrbgbr
ubwu
bwurrg
brgr
bbrgwb";

fn ways<'a>(design: &'a str, towels: &[&str], memo: &mut HashMap<&'a str, u64>) -> u64 {
    if design.is_empty() {
        return 1;
    }
    if let Some(&v) = memo.get(design) {
        return v;
    }
    let mut total = 0;
    for t in towels {
        if let Some(rest) = design.strip_prefix(t) {
            total += ways(rest, towels, memo);
        }
    }
    memo.insert(design, total);
    total
}

fn main() {
    let (head, body) = INPUT.split_once("\n\n").unwrap();
    let towels: Vec<&str> = head.split(", ").collect();
    let designs: Vec<&str> = body.lines().collect();
    println!("{} towels, {} designs", towels.len(), designs.len());

    let mut memo = HashMap::new();
    let mut possible = 0;
    let mut total = 0u64;
    for d in &designs {
        let n = ways(d, &towels, &mut memo);
        println!("{:>8}: {}", d, n);
        if n > 0 {
            possible += 1;
        }
        total += n;
    }
    println!("part 1: {}", possible);
    println!("part 2: {}", total);
    let mut keys: Vec<_> = memo.iter().filter(|(_, v)| **v > 1).map(|(k, v)| (*k, *v)).collect();
    keys.sort();
    println!("memo entries: {}, with >1 way: {:?}", memo.len(), keys);
}
