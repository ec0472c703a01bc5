use std::collections::BTreeMap;

struct Validator<'a> {
    name: &'a str,
    rules: Vec<(String, Box<dyn Fn(&str) -> bool + 'a>)>,
}

impl<'a> Validator<'a> {
    fn new(name: &'a str) -> Self {
        Validator { name, rules: Vec::new() }
    }

    fn rule(mut self, label: &str, f: impl Fn(&str) -> bool + 'a) -> Self {
        self.rules.push((label.to_string(), Box::new(f)));
        self
    }

    fn check(&self, input: &str) -> Result<(), Vec<&str>> {
        let failed: Vec<&str> = self
            .rules
            .iter()
            .filter(|(_, f)| !f(input))
            .map(|(label, _)| label.as_str())
            .collect();
        if failed.is_empty() { Ok(()) } else { Err(failed) }
    }
}

struct EventBus {
    handlers: BTreeMap<String, Vec<Box<dyn FnMut(i32) -> Option<String>>>>,
}

impl EventBus {
    fn on<F>(&mut self, event: &str, handler: F)
    where
        F: FnMut(i32) -> Option<String> + 'static,
    {
        self.handlers.entry(event.to_string()).or_default().push(Box::new(handler));
    }

    fn emit(&mut self, event: &str, payload: i32) {
        let Some(list) = self.handlers.get_mut(event) else {
            println!("  no handlers for {event}");
            return;
        };
        for (i, h) in list.iter_mut().enumerate() {
            if let Some(msg) = h(payload) {
                println!("  {event}[{i}]: {msg}");
            }
        }
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply_all(x: i32, fs: &[&dyn Fn(i32) -> i32]) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn main() {
    let banned = vec!["password", "123456"];
    let min_len = 8;
    let v = Validator::new("password")
        .rule("long enough", move |s| s.len() >= min_len)
        .rule("has digit", |s| s.chars().any(|c| c.is_ascii_digit()))
        .rule("has upper", |s| s.chars().any(char::is_uppercase))
        .rule("not banned", |s| !banned.contains(&s));
    for pw in ["hunter2", "password", "CorrectHorse9", "ALLUPPERCASE1", "short1A"] {
        match v.check(pw) {
            Ok(()) => println!("{} {pw:?}: ok", v.name),
            Err(fails) => println!("{} {pw:?}: failed {}", v.name, fails.join(", ")),
        }
    }

    let mut bus = EventBus { handlers: BTreeMap::new() };
    let mut total = 0;
    bus.on("deposit", move |amt| {
        total += amt;
        Some(format!("running total {total}"))
    });
    bus.on("deposit", |amt| if amt > 100 { Some(format!("big deposit {amt}")) } else { None });
    let mut count = 0;
    bus.on("withdraw", move |amt| {
        count += 1;
        Some(format!("withdrawal #{count} of {amt}"))
    });
    for (ev, amt) in [("deposit", 50), ("deposit", 150), ("withdraw", 30), ("refund", 5), ("withdraw", 10), ("deposit", 1)] {
        println!("emit {ev} {amt}");
        bus.emit(ev, amt);
    }

    let add5 = make_adder(5);
    let double_then_add = compose(|x: i32| x * 2, &add5);
    let to_text = compose(double_then_add, |x: i32| format!("<{x}>"));
    println!("{}", to_text(10));
    let square = |x: i32| x * x;
    let offset = 3;
    let shift = |x: i32| x - offset;
    println!("{:?}", apply_all(7, &[&add5, &square, &shift, &make_adder(-100)]));
    let mut counters: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
    for step in 1..=3 {
        let mut n = 0;
        counters.push(Box::new(move || {
            n += step;
            n
        }));
    }
    for round in 0..3 {
        let vals: Vec<u32> = counters.iter_mut().map(|c| c()).collect();
        println!("round {round}: {vals:?}");
    }
    let ops: [(&str, fn(f64, f64) -> f64); 4] = [("add", |a, b| a + b), ("sub", |a, b| a - b), ("max", f64::max), ("pow", f64::powf)];
    for (name, op) in ops {
        println!("{name}(2, 5) = {}", op(2.0, 5.0));
    }
}
