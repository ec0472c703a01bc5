// Methods taking &self / &mut self on local structs, called in loops.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Counter {
    name: &'static str,
    count: u32,
    step: u32,
    history_sum: u64,
}

impl Counter {
    fn new(name: &'static str, step: u32) -> Self {
        Counter { name, count: 0, step, history_sum: 0 }
    }

    fn tick(&mut self) -> u32 {
        self.count += self.step;
        self.history_sum += self.count as u64;
        self.count
    }

    fn value(&self) -> u32 {
        self.count
    }

    fn is_even(&self) -> bool {
        self.count % 2 == 0
    }

    fn reset_if_over(&mut self, limit: u32) -> bool {
        if self.count > limit {
            self.count = 0;
            true
        } else {
            false
        }
    }

    fn describe(&self) -> String {
        format!("{}: count={} step={} sum={}", self.name, self.count, self.step, self.history_sum)
    }
}

fn total(counters: &[Counter]) -> u32 {
    counters.iter().map(|c| c.value()).sum()
}

fn main() {
    let mut a = Counter::new("a", 1);
    let mut b = Counter::new("b", 3);
    let mut c = Counter::new("c", 7);

    for round in 0..12 {
        let va = a.tick();
        let vb = b.tick();
        let vc = c.tick();
        let reset_c = c.reset_if_over(40);
        println!(
            "round {:2}: a={:3} b={:3} c={:3} even(a,b,c)=({},{},{}) reset_c={}",
            round,
            va,
            vb,
            vc,
            a.is_even(),
            b.is_even(),
            c.is_even(),
            reset_c
        );
    }

    // A local array of structs, mutated through &mut in a loop.
    let mut group = [Counter::new("x", 2), Counter::new("y", 5), Counter::new("z", 11)];
    for i in 0..5 {
        for ctr in group.iter_mut() {
            ctr.tick();
        }
        let biggest = group.iter().max_by_key(|c| c.value()).unwrap();
        println!("iteration {} total={} biggest={}", i, total(&group), biggest.name);
    }

    // Borrow one element mutably by index, another immutably after.
    {
        let first: &mut Counter = &mut group[0];
        for _ in 0..3 {
            first.tick();
        }
    }
    let last: &Counter = &group[2];
    println!("last -> {}", last.describe());

    for ctr in &group {
        println!("{}", ctr.describe());
    }
    println!("{}", a.describe());
    println!("{}", b.describe());
    println!("{}", c.describe());
    println!("a == copy of a: {}", a == { a });
}
