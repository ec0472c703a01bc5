use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::num::ParseIntError;

const INPUT: &str = "1000
2000
3000

4000

5000
6000

7000
8000
9000

10000";

const INPUT2: &str = "300
200

150
150
150

900

100
100
100
100

420
80";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Elf {
    total: u64,
    index: usize,
    items: Vec<u64>,
}

fn parse(input: &str) -> Result<Vec<Elf>, ParseIntError> {
    input
        .trim()
        .split("\n\n")
        .enumerate()
        .map(|(index, block)| {
            let items = block.lines().map(|l| l.trim().parse::<u64>()).collect::<Result<Vec<_>, _>>()?;
            Ok(Elf { total: items.iter().sum(), index: index + 1, items })
        })
        .collect()
}

fn top_k_heap(elves: &[Elf], k: usize) -> u64 {
    let mut heap = BinaryHeap::new();
    for e in elves {
        heap.push(Reverse(e.total));
        if heap.len() > k {
            heap.pop();
        }
    }
    heap.into_iter().map(|Reverse(t)| t).sum()
}

fn solve(name: &str, input: &str) -> Result<(u64, u64), ParseIntError> {
    let mut elves = parse(input)?;
    let best = elves.iter().max_by_key(|e| e.total).expect("at least one elf");
    println!("[{name}] {} elves; richest is elf #{} carrying {:?}", elves.len(), best.index, best.items);
    let part1 = best.total;
    elves.sort_by_key(|e| Reverse((e.total, e.index)));
    let part2: u64 = elves.iter().take(3).map(|e| e.total).sum();
    assert_eq!(part2, top_k_heap(&elves, 3));
    let ranking: Vec<String> = elves.iter().map(|e| format!("#{}={}", e.index, e.total)).collect();
    println!("[{name}] ranking: {}", ranking.join(", "));
    let running: Vec<u64> = elves.iter().scan(0, |acc, e| { *acc += e.total; Some(*acc) }).collect();
    println!("[{name}] running totals: {running:?}");
    Ok((part1, part2))
}

fn main() {
    for (name, input) in [("example", INPUT), ("second", INPUT2), ("broken", "100\n2x0\n\n5")] {
        match solve(name, input) {
            Ok((p1, p2)) => println!("[{name}] part1={p1} part2={p2}"),
            Err(e) => println!("[{name}] parse error: {e}"),
        }
    }
}
