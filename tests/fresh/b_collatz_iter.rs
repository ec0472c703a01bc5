use std::collections::HashMap;

struct Collatz {
    current: Option<u64>,
}

impl Collatz {
    fn new(start: u64) -> Self {
        Collatz { current: if start == 0 { None } else { Some(start) } }
    }
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let n = self.current?;
        self.current = match n {
            1 => None,
            n if n % 2 == 0 => Some(n / 2),
            n => Some(3 * n + 1),
        };
        Some(n)
    }
}

fn steps_memo(n: u64, memo: &mut HashMap<u64, u32>) -> u32 {
    if n == 1 {
        return 0;
    }
    if let Some(&s) = memo.get(&n) {
        return s;
    }
    let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    let s = 1 + steps_memo(next, memo);
    memo.insert(n, s);
    s
}

fn main() {
    let seq: Vec<u64> = Collatz::new(6).collect();
    println!("6: {:?}", seq);
    println!("27 has {} terms, peak {}", Collatz::new(27).count(), Collatz::new(27).max().unwrap());
    println!("first 12 of 27: {:?}", Collatz::new(27).take(12).collect::<Vec<_>>());
    println!("odd terms of 7: {:?}", Collatz::new(7).filter(|n| n % 2 == 1).collect::<Vec<_>>());
    println!("sum of 97's sequence: {}", Collatz::new(97).sum::<u64>());
    println!("0 gives {:?}", Collatz::new(0).next());
    println!("first term >100 for 15: {:?}", Collatz::new(15).find(|&n| n > 100));
    println!("position of 1 for 9: {:?}", Collatz::new(9).position(|n| n == 1));

    let mut memo = HashMap::new();
    let (best, steps) = (1..10_000u64).map(|n| (n, steps_memo(n, &mut memo))).max_by_key(|&(n, s)| (s, std::cmp::Reverse(n))).unwrap();
    println!("longest chain under 10000: {} with {} steps (memo size {})", best, steps, memo.len());
    let check: u32 = Collatz::new(best).count() as u32 - 1;
    println!("iterator agrees: {}", check == steps);

    let histogram = (1..=30u64).map(|n| Collatz::new(n).count() - 1).fold([0usize; 5], |mut h, s| {
        h[(s / 25).min(4)] += 1;
        h
    });
    for (i, count) in histogram.iter().enumerate() {
        println!("{:>3}-{:<3} {}", i * 25, i * 25 + 24, "*".repeat(*count));
    }
    let chained: Vec<u64> = Collatz::new(5).chain(Collatz::new(3)).skip(2).step_by(2).collect();
    println!("chained: {:?}", chained);
    let zipped: Vec<(u64, u64)> = Collatz::new(10).zip(Collatz::new(11)).collect();
    println!("zip: {:?}", zipped);
}
