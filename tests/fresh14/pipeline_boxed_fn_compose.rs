use std::collections::BTreeMap;

struct Stage { name: String, f: Box<dyn Fn(i32) -> i32> }

struct Pipeline { stages: Vec<Stage> }

impl Pipeline {
    fn new() -> Self { Pipeline { stages: Vec::new() } }
    fn then(mut self, name: &str, f: impl Fn(i32) -> i32 + 'static) -> Self {
        self.stages.push(Stage { name: name.into(), f: Box::new(f) });
        self
    }
    fn run(&self, x: i32) -> i32 { self.stages.iter().fold(x, |acc, s| (s.f)(acc)) }
    fn trace(&self, x: i32) -> String {
        let mut cur = x;
        let mut parts = vec![x.to_string()];
        for s in &self.stages { cur = (s.f)(cur); parts.push(format!("-{}-> {}", s.name, cur)); }
        parts.join(" ")
    }
    fn compose(self) -> impl Fn(i32) -> i32 { move |x| self.run(x) }
}

fn adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn clamp_to(lo: i32, hi: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x.max(lo).min(hi)) }

fn apply_n<F: FnMut(i32) -> i32>(mut f: F, n: usize, start: i32) -> Vec<i32> {
    let mut v = vec![start];
    for _ in 0..n { let last = *v.last().unwrap(); v.push(f(last)); }
    v
}

fn count_by<T, K: Ord, F>(items: &[T], key: F) -> BTreeMap<K, usize> where F: Fn(&T) -> K {
    let mut m = BTreeMap::new();
    for it in items { *m.entry(key(it)).or_insert(0) += 1; }
    m
}

fn main() {
    let offset = 7;
    let p = Pipeline::new()
        .then("double", |x| x * 2)
        .then("add7", adder(offset))
        .then("square", |x| x * x)
        .then("clamp", clamp_to(0, 500))
        .then("mod13", |x| x % 13);
    for x in [-5, -3, 0, 4, 9] { println!("{:>3}: {}", x, p.trace(x)); }
    let names: Vec<&str> = p.stages.iter().map(|s| s.name.as_str()).collect();
    println!("stages: {}", names.join(" | "));
    let f = p.compose();
    let results: Vec<i32> = (-10..10).map(&f).collect();
    println!("results: {:?}", results);
    let hist = count_by(&results, |r| *r);
    println!("hist: {:?}", hist);

    let mut calls = 0;
    let collatz = apply_n(|n| { calls += 1; if n % 2 == 0 { n / 2 } else { 3 * n + 1 } }, 12, 27);
    println!("collatz: {:?} calls={}", collatz, calls);
    let fns: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("neg", Box::new(|x: i32| -x)), ("abs", Box::new(i32::abs)), ("sq", Box::new(|x| x * x)), ("plus3", Box::new(adder(3))),
    ];
    for (name, g) in &fns {
        let row: Vec<String> = (-2..=2).map(|x| format!("{:>3}", g(x))).collect();
        println!("{:<6}{}", name, row.join(""));
    }
    let total: i32 = fns.iter().map(|(_, g)| g(5)).sum();
    println!("sum at 5 = {}", total);
    let by_parity = count_by(&collatz, |n| if n % 2 == 0 { "even" } else { "odd" });
    println!("{:?}", by_parity);
}
