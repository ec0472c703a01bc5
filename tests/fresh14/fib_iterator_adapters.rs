use std::collections::BTreeMap;

struct Fib { a: u64, b: u64, limit: usize, count: usize }

impl Fib {
    fn new(limit: usize) -> Self { Fib { a: 0, b: 1, limit, count: 0 } }
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        if self.count >= self.limit { return None; }
        self.count += 1;
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown { lo: i32, hi: i32 }

impl Iterator for Countdown {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if self.lo >= self.hi { None } else { self.lo += 1; Some(self.lo - 1) }
    }
}
impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<i32> {
        if self.lo >= self.hi { None } else { self.hi -= 1; Some(self.hi) }
    }
}

fn main() {
    let v: Vec<u64> = Fib::new(15).collect();
    println!("fib: {:?}", v);
    let even_sum: u64 = Fib::new(30).filter(|x| x % 2 == 0).sum();
    println!("even sum of first 30: {}", even_sum);
    let stepped: Vec<u64> = Fib::new(20).step_by(3).collect();
    println!("step_by 3: {:?}", stepped);
    let zipped: Vec<String> = Fib::new(6).zip(Countdown { lo: 0, hi: 10 }.rev())
        .map(|(f, c)| format!("{}:{}", c, f)).collect();
    println!("zipped: {}", zipped.join(", "));
    let mut it = Countdown { lo: 1, hi: 8 };
    let front = it.next();
    let back = it.next_back();
    let rest: Vec<i32> = it.collect();
    println!("front={:?} back={:?} rest={:?}", front, back, rest);

    let mut by_digits: BTreeMap<usize, Vec<u64>> = BTreeMap::new();
    for f in Fib::new(25) {
        by_digits.entry(f.to_string().len()).or_default().push(f);
    }
    for (d, fs) in &by_digits {
        println!("{:>2} digits: {:>2} numbers, last = {}", d, fs.len(), fs.last().unwrap());
    }
    let mut pk = Fib::new(12).peekable();
    let mut runs = Vec::new();
    while let Some(x) = pk.next() {
        if let Some(&nx) = pk.peek() {
            runs.push(format!("{}->{}", x, nx - x));
        }
    }
    println!("diffs: {}", runs.join(" "));
    let chained: String = Countdown { lo: 0, hi: 3 }.chain(Countdown { lo: 7, hi: 10 }.rev())
        .map(|d| char::from(b'a' + d as u8)).collect();
    println!("chained: {}", chained);
    let flat: Vec<i32> = Countdown { lo: 1, hi: 4 }.flat_map(|n| Countdown { lo: 0, hi: n }).collect();
    println!("flat: {:?}", flat);
    let (small, big): (Vec<u64>, Vec<u64>) = Fib::new(14).partition(|&x| x < 50);
    println!("small={:?} big={:?}", small, big);
    println!("max={:?} pos={:?}", Fib::new(10).max(), Fib::new(20).position(|x| x > 1000));
}
