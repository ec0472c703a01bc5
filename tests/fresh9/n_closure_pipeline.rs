use std::collections::BTreeMap;

type Rule = Box<dyn Fn(&Request) -> Option<String>>;

#[derive(Debug, Clone)]
struct Request { path: String, method: &'static str, size: usize }

struct Router {
    rules: Vec<(String, Rule)>,
    fallback: Box<dyn Fn(&Request) -> String>,
}

impl Router {
    fn new(fallback: impl Fn(&Request) -> String + 'static) -> Self {
        Router { rules: Vec::new(), fallback: Box::new(fallback) }
    }
    fn route(mut self, name: &str, rule: impl Fn(&Request) -> Option<String> + 'static) -> Self {
        self.rules.push((name.to_string(), Box::new(rule)));
        self
    }
    fn handle(&self, req: &Request) -> (String, String) {
        self.rules.iter()
            .find_map(|(name, r)| r(req).map(|out| (name.clone(), out)))
            .unwrap_or_else(|| ("fallback".to_string(), (self.fallback)(req)))
    }
}

fn prefix_rule(prefix: &'static str, method: &'static str) -> impl Fn(&Request) -> Option<String> {
    move |req| {
        let rest = req.path.strip_prefix(prefix)?;
        (req.method == method).then(|| format!("{method} {prefix} -> [{}]", rest.trim_matches('/')))
    }
}

fn size_limit(max: usize) -> Box<dyn Fn(&Request) -> Option<String>> {
    Box::new(move |req| if req.size > max { Some(format!("413 too large ({} > {max})", req.size)) } else { None })
}

fn make_counter(step: u32) -> impl FnMut() -> u32 {
    let mut n = 0;
    move || { n += step; n }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply_n<F: FnMut(i64) -> i64>(mut f: F, n: usize, x: i64) -> i64 {
    (0..n).fold(x, |acc, _| f(acc))
}

fn main() {
    let banned = vec!["/admin".to_string(), "/secret".to_string()];
    let router = Router::new(|r| format!("404 {}", r.path))
        .route("limit", size_limit(1000))
        .route("ban", move |r| banned.iter().any(|b| r.path.starts_with(b.as_str())).then(|| "403".to_string()))
        .route("users", prefix_rule("/users", "GET"))
        .route("upload", prefix_rule("/upload", "POST"));

    let reqs = [
        Request { path: "/users/42/".into(), method: "GET", size: 0 },
        Request { path: "/upload/img".into(), method: "POST", size: 5000 },
        Request { path: "/upload/img".into(), method: "POST", size: 100 },
        Request { path: "/users/7".into(), method: "DELETE", size: 0 },
        Request { path: "/admin/panel".into(), method: "GET", size: 1 },
        Request { path: "/".into(), method: "GET", size: 0 },
    ];
    let mut hits: BTreeMap<String, u32> = BTreeMap::new();
    let mut next_id = make_counter(10);
    for req in &reqs {
        let (rule, out) = router.handle(req);
        *hits.entry(rule.clone()).or_insert(0) += 1;
        println!("#{:03} {:<7}{:<14} => {:<9} {}", next_id(), req.method, req.path, rule, out);
    }
    println!("hits: {:?}", hits);

    let shout = compose(|s: &str| s.trim().to_string(), |s: String| s.to_uppercase() + "!");
    let len_then_double = compose(|s: &str| s.len(), |n| n * 2);
    println!("{} {}", shout("  hello router "), len_then_double("abcd"));

    let mut calls = 0;
    let collatz = |x: i64| { calls += 1; if x % 2 == 0 { x / 2 } else { 3 * x + 1 } };
    let after = apply_n(collatz, 10, 27);
    println!("collatz(27) after 10 steps = {after}, calls = {calls}");

    let ops: Vec<(&str, Box<dyn Fn(f64, f64) -> f64>)> = vec![
        ("add", Box::new(|a, b| a + b)), ("hyp", Box::new(|a: f64, b: f64| a.hypot(b))),
        ("pow", Box::new(f64::powf)), ("max", Box::new(f64::max)),
    ];
    let table: Vec<String> = ops.iter().map(|(n, f)| format!("{n}={:.3}", f(3.0, 4.0))).collect();
    println!("{}", table.join(" | "));
    let mut memo: Vec<Option<u64>> = vec![None; 50];
    fn fib(n: usize, memo: &mut Vec<Option<u64>>) -> u64 {
        if n < 2 { return n as u64; }
        if let Some(v) = memo[n] { return v; }
        let v = fib(n - 1, memo) + fib(n - 2, memo);
        *memo[n].get_or_insert(v)
    }
    println!("fib(49) = {}", fib(49, &mut memo));
}
