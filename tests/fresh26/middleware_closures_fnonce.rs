use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Req { path: String, user: Option<String>, headers: BTreeMap<String, String> }

#[derive(Debug, Clone, PartialEq)]
struct Resp { status: u16, body: String }

type Handler = Box<dyn Fn(&Req) -> Resp>;
type Middleware = Box<dyn Fn(Handler) -> Handler>;

fn logging(tag: &'static str) -> Middleware {
    Box::new(move |next: Handler| -> Handler {
        Box::new(move |r: &Req| {
            let resp = next(r);
            Resp { status: resp.status, body: format!("{}[{}]{}", tag, resp.status, resp.body) }
        })
    })
}

fn require_user() -> Middleware {
    Box::new(|next: Handler| -> Handler {
        Box::new(move |r: &Req| match &r.user {
            Some(u) if !u.is_empty() => next(r),
            _ => Resp { status: 401, body: "login required".into() },
        })
    })
}

fn add_header(k: &'static str, v: &'static str) -> Middleware {
    Box::new(move |next: Handler| -> Handler {
        Box::new(move |r: &Req| {
            let mut r2 = r.clone();
            r2.headers.insert(k.into(), v.into());
            next(&r2)
        })
    })
}

fn build(stack: Vec<Middleware>, endpoint: Handler) -> Handler {
    stack.into_iter().rev().fold(endpoint, |h, m| m(h))
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }

fn curry_add(a: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |b| Box::new(move |c| a * 100 + b * 10 + c)
}

struct Deferred { tasks: Vec<(String, Option<Box<dyn FnOnce() -> String>>)> }

impl Deferred {
    fn add(&mut self, name: &str, f: impl FnOnce() -> String + 'static) {
        self.tasks.push((name.to_string(), Some(Box::new(f))));
    }
    fn run(&mut self, name: &str) -> String {
        match self.tasks.iter_mut().find(|(n, _)| n == name) {
            None => format!("{}: no such task", name),
            Some((_, slot)) => match slot.take() {
                Some(f) => format!("{}: {}", name, f()),
                None => format!("{}: already ran", name),
            },
        }
    }
}

fn apply_n(f: &mut dyn FnMut(u64) -> u64, n: usize, seed: u64) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut x = seed;
    for _ in 0..n {
        x = f(x);
        out.push(x);
    }
    out
}

fn main() {
    let endpoint: Handler = Box::new(|r: &Req| {
        let hdrs: Vec<String> = r.headers.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
        Resp { status: if r.path.starts_with("/admin") { 403 } else { 200 }, body: format!("{} by {} {{{}}}", r.path, r.user.as_deref().unwrap_or("-"), hdrs.join(",")) }
    });
    let app = build(vec![logging("outer"), add_header("x-req", "1"), require_user(), logging("inner"), add_header("x-auth", "ok")], endpoint);
    let reqs = [("/home", Some("ann")), ("/admin/panel", Some("bob")), ("/home", None), ("/x", Some(""))];
    for (path, user) in reqs {
        let r = Req { path: path.into(), user: user.map(String::from), headers: BTreeMap::new() };
        let resp = app(&r);
        println!("{:<13} -> {} {}", path, resp.status, resp.body);
    }

    let shout = compose(|s: &str| s.trim().to_string(), |s: String| s.to_uppercase() + "!");
    let count_then_double = compose(|s: &str| s.len(), |n: usize| n * 2);
    println!("{} {}", shout("  hey "), count_then_double("four"));
    let f = curry_add(7);
    let g = f(3);
    println!("curried: {} {} {}", g(1), f(0)(9), curry_add(1)(2)(3));

    let mut d = Deferred { tasks: Vec::new() };
    let report = vec!["alpha".to_string(), "beta".to_string()];
    d.add("report", move || format!("consumed {:?}", report));
    let big = String::from("payload");
    d.add("send", move || { let moved = big; format!("sent {} bytes", moved.len()) });
    for name in ["send", "report", "send", "missing", "report"] {
        println!("{}", d.run(name));
    }

    let mut calls = 0;
    let mut collatz = |x: u64| {
        calls += 1;
        if x % 2 == 0 { x / 2 } else { 3 * x + 1 }
    };
    let seq = apply_n(&mut collatz, 8, 27);
    println!("collatz {:?} calls={}", seq, calls);
    let mut total = 0u64;
    let seq2 = apply_n(&mut |x| { total += x; x * 3 % 17 }, 5, 2);
    println!("mod walk {:?} total {}", seq2, total);
    let pipeline: Vec<Box<dyn Fn(f64) -> f64>> = vec![Box::new(|x| x + 1.0), Box::new(f64::sqrt), Box::new(|x| (x * 100.0).round() / 100.0)];
    println!("pipeline(8) = {}", pipeline.iter().fold(8.0, |acc, f| f(acc)));
}
