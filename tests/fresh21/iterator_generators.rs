use std::iter;

struct Fibonacci { a: u64, b: u64 }

impl Iterator for Fibonacci {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(r)
    }
}

fn fibonacci() -> Fibonacci { Fibonacci { a: 0, b: 1 } }

#[derive(Clone)]
struct Primes { found: Vec<u64>, candidate: u64 }

impl Iterator for Primes {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        loop {
            self.candidate += 1;
            let c = self.candidate;
            if self.found.iter().take_while(|&&p| p * p <= c).all(|p| c % p != 0) {
                self.found.push(c);
                return Some(c);
            }
        }
    }
}

fn primes() -> impl Iterator<Item = u64> + Clone { Primes { found: Vec::new(), candidate: 1 } }

fn collatz(start: u64) -> impl Iterator<Item = u64> + Clone {
    iter::successors(Some(start), |&n| match n {
        1 => None,
        n if n % 2 == 0 => Some(n / 2),
        n => Some(3 * n + 1),
    })
}

fn triangular() -> impl Iterator<Item = u32> {
    (1..).scan(0, |acc, n| { *acc += n; Some(*acc) })
}

fn digits(mut n: u64) -> impl Iterator<Item = u8> {
    let mut ds = Vec::new();
    loop {
        ds.push((n % 10) as u8);
        n /= 10;
        if n == 0 { break; }
    }
    ds.into_iter().rev()
}

fn summarize(label: &str, it: impl Iterator<Item = u64> + Clone) {
    let count = it.clone().count();
    let max = it.clone().max().unwrap_or(0);
    let sum: u64 = it.sum();
    println!("{:<22} count={:<4} max={:<8} sum={}", label, count, max, sum);
}

fn main() {
    let first: Vec<u64> = fibonacci().take(15).collect();
    println!("fib: {:?}", first);
    println!("fib count before u64 overflow: {}", fibonacci().count());
    let even_fib_sum: u64 = fibonacci().take_while(|&f| f < 4_000_000).filter(|f| f % 2 == 0).sum();
    println!("sum of even fib < 4M: {}", even_fib_sum);
    println!("primes: {:?}", primes().take(12).collect::<Vec<_>>());
    println!("100th prime: {:?}", primes().nth(99));
    let twins: Vec<(u64, u64)> = primes().zip(primes().skip(1)).filter(|(a, b)| b - a == 2).take(6).collect();
    println!("twin primes: {:?}", twins);
    println!("collatz(6): {:?}", collatz(6).collect::<Vec<_>>());
    let (best, len) = (1..30u64).map(|s| (s, collatz(s).count())).max_by_key(|&(s, l)| (l, std::cmp::Reverse(s))).unwrap();
    println!("longest collatz under 30: start={} len={}", best, len);
    summarize("collatz(27)", collatz(27));
    summarize("primes below 200", primes().take_while(|&p| p < 200));
    println!("triangular: {:?}", triangular().take(10).collect::<Vec<_>>());
    let first_big = triangular().position(|t| t > 1000);
    println!("first triangular > 1000 at index {:?}", first_big);
    println!("digits of 9075: {:?}", digits(9075).collect::<Vec<_>>());
    let digit_sum: u32 = digits(2u64.pow(40)).map(u32::from).sum();
    println!("digit sum of 2^40: {}", digit_sum);
    let chunks: Vec<Vec<u64>> = primes().take(10).collect::<Vec<_>>().chunks(3).map(|c| c.to_vec()).collect();
    println!("prime chunks: {:?}", chunks);
    let windows: Vec<u64> = first.windows(2).map(|w| w[1] - w[0]).collect();
    println!("fib diffs: {:?}", windows);
    let interleaved: String = "abc".chars().zip("123".chars()).flat_map(|(a, b)| [a, b]).collect();
    println!("interleaved: {}", interleaved);
    let stepped: Vec<i32> = (0..20).step_by(7).chain((100..103).rev()).collect();
    println!("stepped+chain: {:?}", stepped);
    let mut peek = primes().peekable();
    while let Some(&p) = peek.peek() { if p > 20 { break; } peek.next(); }
    println!("first prime over 20: {:?}", peek.next());
    let cycled: Vec<char> = ['x', 'y'].iter().copied().cycle().take(5).collect();
    println!("cycle: {:?}, any>50: {}, all odd: {}", cycled, first.iter().any(|&f| f > 50), primes().skip(1).take(20).all(|p| p % 2 == 1));
}
