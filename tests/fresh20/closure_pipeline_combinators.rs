use std::collections::BTreeMap;

fn adder(n: i64) -> impl Fn(i64) -> i64 {
    move |x| x + n
}

fn multiplier(n: i64) -> Box<dyn Fn(i64) -> i64> {
    Box::new(move |x| x * n)
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn curry(f: fn(i64, i64) -> i64) -> impl Fn(i64) -> Box<dyn Fn(i64) -> i64> {
    move |a| Box::new(move |b| f(a, b))
}

fn repeat_n<F>(f: F, n: usize) -> impl Fn(i64) -> i64
where
    F: Fn(i64) -> i64,
{
    move |mut x| {
        for _ in 0..n {
            x = f(x);
        }
        x
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn apply_all(fs: &[Box<dyn Fn(i64) -> i64>], x: i64) -> Vec<i64> {
    fs.iter().map(|f| f(x)).collect()
}

fn pipeline(fs: Vec<Box<dyn Fn(i64) -> i64>>) -> impl Fn(i64) -> i64 {
    move |x| fs.iter().fold(x, |acc, f| f(acc))
}

fn memo_calls<F: FnMut(i64) -> i64>(mut f: F, inputs: &[i64]) -> i64 {
    inputs.iter().map(|&i| f(i)).sum()
}

fn main() {
    let add5 = adder(5);
    let times3 = multiplier(3);
    println!("add5(10) = {}, times3(7) = {}", add5(10), times3(7));
    let both = compose(&add5, &times3);
    println!("(x+5)*3 at 4 = {}", both(4));
    let to_str = compose(both, |v: i64| format!("<{v:04}>"));
    println!("formatted: {}", to_str(-1));

    let pow = curry(|a, b| a.pow(b as u32));
    let two_to = pow(2);
    println!("2^10 = {}, 3^4 = {}", two_to(10), pow(3)(4));

    let fs: Vec<Box<dyn Fn(i64) -> i64>> = vec![
        Box::new(adder(1)),
        multiplier(-2),
        Box::new(|x| x * x),
        Box::new(repeat_n(|x| x / 2 + 1, 3)),
        Box::new(move |x| x.rem_euclid(7)),
    ];
    for x in [-3, 0, 4, 11] {
        println!("apply_all({:>3}) = {:?}", x, apply_all(&fs, x));
    }
    let p = pipeline(fs);
    let outs: Vec<i64> = (-2..=3).map(&p).collect();
    println!("pipeline over -2..=3: {:?}", outs);

    let mut next_id = make_counter();
    let ids: Vec<u32> = (0..4).map(|_| next_id()).collect();
    println!("ids {:?} then {}", ids, next_id());

    let mut cache: BTreeMap<i64, i64> = BTreeMap::new();
    let mut misses = 0;
    let total = memo_calls(
        |n| {
            *cache.entry(n).or_insert_with(|| {
                misses += 1;
                (1..=n).product()
            })
        },
        &[5, 3, 5, 6, 3, 5],
    );
    println!("memo total = {}, misses = {}, cached = {:?}", total, misses, cache);

    let ops: Vec<(&str, fn(i64, i64) -> i64)> = vec![("add", |a, b| a + b), ("sub", |a, b| a - b), ("max", i64::max), ("min", std::cmp::min)];
    for (name, op) in &ops {
        let folded = [4, -9, 17, 2].into_iter().reduce(|a, b| op(a, b)).unwrap();
        println!("{:>4} fold = {:>4}", name, folded);
    }
    let thresholds = [10, 50, 100];
    let classifiers: Vec<Box<dyn Fn(i64) -> bool>> = thresholds.iter().map(|&t| Box::new(move |x: i64| x >= t) as Box<dyn Fn(i64) -> bool>).collect();
    let scores = [5, 60, 101, 10];
    for s in scores {
        let level = classifiers.iter().take_while(|c| c(s)).count();
        println!("score {:>3} -> level {}", s, level);
    }
}
