// Custom iterator structs: Collatz sequence and a date-like counter; combined with std adaptors.
struct Collatz {
    current: Option<u64>,
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

fn collatz(start: u64) -> Collatz {
    Collatz { current: Some(start) }
}

#[derive(Debug, Clone, Copy)]
struct Clock {
    h: u8,
    m: u8,
}

struct Ticks {
    now: Clock,
    step: u8,
    remaining: usize,
}

impl Iterator for Ticks {
    type Item = Clock;
    fn next(&mut self) -> Option<Clock> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let out = self.now;
        let total = self.now.m as u32 + self.step as u32;
        self.now.m = (total % 60) as u8;
        self.now.h = ((self.now.h as u32 + total / 60) % 24) as u8;
        Some(out)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Ticks {}

fn main() {
    let seq: Vec<u64> = collatz(27).collect();
    println!("collatz(27): {} steps, peak {}", seq.len() - 1, seq.iter().max().unwrap());
    println!("first 12: {:?}", collatz(27).take(12).collect::<Vec<_>>());
    let (n, len) = (1..30u64).map(|s| (s, collatz(s).count())).max_by_key(|&(_, l)| l).unwrap();
    println!("longest under 30: start {} with {} terms", n, len);
    let odd_terms = collatz(97).filter(|x| x % 2 == 1).count();
    println!("odd terms in collatz(97): {}", odd_terms);
    let above_1000: Vec<u64> = collatz(97).skip_while(|&x| x < 1000).take(3).collect();
    println!("first values once above 1000: {:?}", above_1000);

    let ticks = Ticks { now: Clock { h: 23, m: 10 }, step: 25, remaining: 6 };
    println!("ticks len = {}", ticks.len());
    let times: Vec<String> = ticks.map(|c| format!("{:02}:{:02}", c.h, c.m)).collect();
    println!("{}", times.join(" -> "));

    let pairs: Vec<(u64, String)> = collatz(6)
        .zip(Ticks { now: Clock { h: 9, m: 0 }, step: 45, remaining: 100 })
        .map(|(v, c)| (v, format!("{}h{}", c.h, c.m)))
        .collect();
    println!("{:?}", pairs);
    let mut chained = collatz(3).chain(collatz(5)).peekable();
    let mut s = String::new();
    while let Some(x) = chained.next() {
        s += &x.to_string();
        if chained.peek().is_some() {
            s += ",";
        }
    }
    println!("chained: {}", s);
    let last = collatz(7).last();
    let nth = collatz(7).nth(5);
    println!("last={:?} nth(5)={:?} sum={}", last, nth, collatz(7).sum::<u64>());
}
