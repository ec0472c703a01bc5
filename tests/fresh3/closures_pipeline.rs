use std::collections::HashMap;

struct Stage {
    name: String,
    op: Box<dyn Fn(i64) -> Option<i64>>,
}

struct Pipeline {
    stages: Vec<Stage>,
    on_drop: Option<Box<dyn FnMut(&str)>>,
}

impl Pipeline {
    fn new() -> Self {
        Pipeline { stages: Vec::new(), on_drop: None }
    }
    fn stage(mut self, name: &str, op: impl Fn(i64) -> Option<i64> + 'static) -> Self {
        self.stages.push(Stage { name: name.to_string(), op: Box::new(op) });
        self
    }
    fn run(&mut self, input: i64) -> Option<i64> {
        let mut v = input;
        for s in &self.stages {
            match (s.op)(v) {
                Some(n) => v = n,
                None => {
                    if let Some(cb) = self.on_drop.as_mut() {
                        cb(&s.name);
                    }
                    return None;
                }
            }
        }
        Some(v)
    }
}

fn make_adder(n: i64) -> impl Fn(i64) -> i64 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply_n(f: &dyn Fn(i64) -> i64, n: usize, x: i64) -> i64 {
    (0..n).fold(x, |acc, _| f(acc))
}

fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let limit = 1000;
    let dropped = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = dropped.clone();
    let mut p = Pipeline::new()
        .stage("double", |x| x.checked_mul(2))
        .stage("non-negative", |x| if x >= 0 { Some(x) } else { None })
        .stage("cap", move |x| (x <= limit).then_some(x))
        .stage("minus-one", |x| Some(x - 1));
    p.on_drop = Some(Box::new(move |name| sink.borrow_mut().push(name.to_uppercase())));
    let inputs = [5, -3, 700, 0, i64::MAX, 250];
    let results: Vec<Option<i64>> = inputs.iter().map(|&i| p.run(i)).collect();
    println!("{:?}", results);
    println!("dropped at: {:?}", dropped.borrow());
    let ok: Vec<i64> = results.iter().flatten().copied().collect();
    println!("ok values {:?}, total {}", ok, ok.iter().sum::<i64>());
    let add5 = make_adder(5);
    let times3 = |x: i64| x * 3;
    let both = compose(add5, times3);
    println!("compose(+5,*3)(2) = {}", both(2));
    let to_str = compose(both, |x: i64| format!("<{x}>"));
    println!("{}", to_str(10));
    println!("apply_n = {}", apply_n(&make_adder(7), 4, 1));
    let mut next_id = make_counter();
    let ids: Vec<u32> = (0..3).map(|_| next_id()).collect();
    println!("ids {:?} then {}", ids, next_id());
    let mut log = Vec::new();
    call_twice(|| log.push(log.len() * 10));
    println!("log {:?}", log);
    let mut memo: HashMap<u64, u64> = HashMap::new();
    fn fib(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(&v) = memo.get(&n) {
            return v;
        }
        let v = fib(n - 1, memo) + fib(n - 2, memo);
        memo.insert(n, v);
        v
    }
    println!("fib(80) = {} memo size {}", fib(80, &mut memo), memo.len());
    let ops: Vec<(&str, fn(f64, f64) -> f64)> = vec![("add", |a, b| a + b), ("max", f64::max), ("pow", f64::powf), ("hyp", f64::hypot)];
    for (name, f) in &ops {
        println!("{name:>4}(3, 4) = {}", f(3.0, 4.0));
    }
    let mut sorted_by: Vec<&str> = vec!["pear", "fig", "banana", "kiwi"];
    let key_fn: &dyn Fn(&&str) -> (usize, String) = &|s| (s.len(), s.chars().rev().collect());
    sorted_by.sort_by_key(key_fn);
    println!("{:?}", sorted_by);
}
