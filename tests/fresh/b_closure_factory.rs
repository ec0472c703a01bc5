use std::collections::HashMap;

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_multiplier(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn apply_n<F: Fn(i32) -> i32>(f: F, n: usize, x: i32) -> i32 {
    (0..n).fold(x, |acc, _| f(acc))
}

fn pipeline(steps: Vec<Box<dyn Fn(i32) -> i32>>) -> impl Fn(i32) -> i32 {
    move |x| steps.iter().fold(x, |acc, f| f(acc))
}

fn memoize(f: fn(u64) -> u64) -> impl FnMut(u64) -> (u64, bool) {
    let mut cache: HashMap<u64, u64> = HashMap::new();
    move |n| {
        if let Some(&v) = cache.get(&n) {
            (v, true)
        } else {
            let v = f(n);
            cache.insert(n, v);
            (v, false)
        }
    }
}

fn slow_triangle(n: u64) -> u64 {
    (1..=n).sum()
}

fn main() {
    let add5 = make_adder(5);
    let times3 = make_multiplier(3);
    println!("add5(10) = {}, times3(7) = {}", add5(10), times3(7));
    let both = compose(&add5, &*times3);
    println!("(2 + 5) * 3 = {}", both(2));
    let to_text = compose(|x: i32| x * x, |y: i32| format!("<{}>", y));
    println!("{}", to_text(12));

    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("counters: {} {} {} | {}", c1(), c1(), c1(), c2());

    println!("apply add5 4 times to 1: {}", apply_n(&add5, 4, 1));
    println!("apply double 10 times to 1: {}", apply_n(|x| x * 2, 10, 1));

    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("inc", Box::new(|x| x + 1)),
        ("neg", Box::new(|x: i32| -x)),
        ("sq", Box::new(|x| x * x)),
        ("x10", make_multiplier(10)),
        ("add5", Box::new(make_adder(5))),
    ];
    for (name, op) in &ops {
        print!("{}(4)={} ", name, op(4));
    }
    println!();
    let p = pipeline(ops.into_iter().map(|(_, f)| f).collect());
    println!("pipeline(4) = {}, pipeline(-2) = {}", p(4), p(-2));

    let mut tri = memoize(slow_triangle);
    for n in [100, 5, 100, 1000, 5] {
        let (v, cached) = tri(n);
        println!("triangle({}) = {}{}", n, v, if cached { " (cached)" } else { "" });
    }

    let threshold = 10;
    let above: Vec<i32> = [3, 14, 9, 27, 10].into_iter().filter(|&x| x > threshold).collect();
    let mut log = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("start");
    record("end");
    println!("above {}: {:?}, log {:?}", threshold, above, log);
}
