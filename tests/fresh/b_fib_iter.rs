#[derive(Clone)]
struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Fibonacci {
    fn new() -> Self {
        Fibonacci { curr: 0, next: 1 }
    }
}

impl Iterator for Fibonacci {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        let value = self.curr;
        let new_next = self.curr.checked_add(self.next)?;
        self.curr = self.next;
        self.next = new_next;
        Some(value)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn main() {
    let first10: Vec<u64> = Fibonacci::new().take(10).collect();
    println!("first 10: {:?}", first10);
    let even_sum: u64 = Fibonacci::new().take_while(|&f| f < 4_000_000).filter(|f| f % 2 == 0).sum();
    println!("sum of even terms below 4 million: {}", even_sum);
    println!("total terms that fit in u64: {}", Fibonacci::new().count());
    println!("last that fits: {:?}", Fibonacci::new().last());
    let (idx, first_big) = Fibonacci::new().enumerate().find(|(_, f)| f.to_string().len() >= 10).unwrap();
    println!("first with 10 digits: F({}) = {}", idx, first_big);
    let squares: Vec<u64> = Fibonacci::new().skip(1).take(8).map(|f| f * f).collect();
    println!("squares: {:?}", squares);
    let windows: Vec<f64> = Fibonacci::new().skip(1).take(12).collect::<Vec<_>>().windows(2).map(|w| w[1] as f64 / w[0] as f64).collect();
    println!("ratios: {}", windows.iter().map(|r| format!("{:.3}", r)).collect::<Vec<_>>().join(" "));
    let f = Fibonacci::new().skip(5);
    let g = f.clone().take(3).collect::<Vec<_>>();
    println!("clone works: {:?} then {:?}", g, f.take(1).collect::<Vec<_>>());
    let c: Vec<String> = Countdown(5).map(|n| n.to_string()).collect();
    println!("{} liftoff!", c.join("..."));
    let prod: u64 = Countdown(10).product::<u32>() as u64;
    println!("10! via countdown = {}", prod);
    let mut peek = Fibonacci::new().peekable();
    while let Some(x) = peek.next() {
        if let Some(&n) = peek.peek() {
            if n > 50 {
                println!("stopping at {} because next is {}", x, n);
                break;
            }
        }
    }
    let by_digit = Fibonacci::new().take(20).fold(vec![0; 10], |mut v, f| {
        v[(f % 10) as usize] += 1;
        v
    });
    println!("last-digit histogram of first 20: {:?}", by_digit);
}
