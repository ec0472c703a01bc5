use std::any::Any;
use std::collections::BTreeMap;
use std::fmt::Debug;

trait Plugin: Any + Debug {
    fn name(&self) -> &str;
    fn priority(&self) -> u8 { 50 }
    fn handle(&mut self, input: &str) -> Option<String>;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

#[derive(Debug, Default)]
struct Counter { seen: usize, chars: usize }

#[derive(Debug)]
struct Upper;

#[derive(Debug)]
struct Censor { banned: Vec<&'static str>, hits: u32 }

impl Plugin for Counter {
    fn name(&self) -> &str { "counter" }
    fn priority(&self) -> u8 { 10 }
    fn handle(&mut self, input: &str) -> Option<String> {
        self.seen += 1;
        self.chars += input.chars().count();
        None
    }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
}

impl Plugin for Upper {
    fn name(&self) -> &str { "upper" }
    fn handle(&mut self, input: &str) -> Option<String> {
        if input.starts_with('!') { Some(input[1..].to_uppercase()) } else { None }
    }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
}

impl Plugin for Censor {
    fn name(&self) -> &str { "censor" }
    fn priority(&self) -> u8 { 30 }
    fn handle(&mut self, input: &str) -> Option<String> {
        let mut out = input.to_string();
        let mut changed = false;
        for b in &self.banned {
            if out.contains(b) {
                out = out.replace(b, &"*".repeat(b.len()));
                self.hits += 1;
                changed = true;
            }
        }
        changed.then_some(out)
    }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
}

#[derive(Default)]
struct Registry {
    plugins: Vec<Box<dyn Plugin>>,
}

impl Registry {
    fn register<P: Plugin + 'static>(&mut self, p: P) -> &mut Self {
        self.plugins.push(Box::new(p));
        self.plugins.sort_by_key(|p| p.priority());
        self
    }
    fn get<P: Plugin + 'static>(&self) -> Option<&P> {
        self.plugins.iter().find_map(|p| p.as_any().downcast_ref::<P>())
    }
    fn get_mut<P: Plugin + 'static>(&mut self) -> Option<&mut P> {
        self.plugins.iter_mut().find_map(|p| p.as_any_mut().downcast_mut::<P>())
    }
    fn process(&mut self, input: &str) -> String {
        let mut current = input.to_string();
        let mut trail = Vec::new();
        for p in self.plugins.iter_mut() {
            if let Some(next) = p.handle(&current) {
                trail.push(p.name().to_string());
                current = next;
            }
        }
        if trail.is_empty() { current } else { format!("{} <{}>", current, trail.join(",")) }
    }
}

fn main() {
    let mut reg = Registry::default();
    reg.register(Upper)
        .register(Censor { banned: vec!["darn", "heck"], hits: 0 })
        .register(Counter::default());
    let order: Vec<(&str, u8)> = reg.plugins.iter().map(|p| (p.name(), p.priority())).collect();
    println!("order: {:?}", order);

    let inputs = ["hello world", "!shout this", "oh darn it", "!what the heck, darn", "plain"];
    for inp in inputs {
        println!("{:>22} => {}", inp, reg.process(inp));
    }

    if let Some(c) = reg.get::<Counter>() {
        println!("counter: {:?}", c);
    }
    match reg.get::<Censor>() {
        Some(c) => println!("censor hits={} banned={:?}", c.hits, c.banned),
        None => println!("no censor"),
    }
    if let Some(c) = reg.get_mut::<Censor>() {
        c.banned.push("world");
    }
    println!("after edit: {}", reg.process("hello world"));

    let boxed: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new("text"), Box::new(Upper), Box::new(2.5f64), Box::new(String::from("owned"))];
    for (i, b) in boxed.iter().enumerate().rev() {
        let desc = if let Some(n) = b.downcast_ref::<i32>() {
            format!("i32 {}", n)
        } else if let Some(s) = b.downcast_ref::<&str>() {
            format!("&str {:?}", s)
        } else if let Some(s) = b.downcast_ref::<String>() {
            format!("String {:?}", s)
        } else if b.is::<Upper>() {
            "Upper plugin".to_string()
        } else {
            "unknown".to_string()
        };
        println!("any[{}]: {}", i, desc);
    }
    let owned: Box<dyn Any> = Box::new(Counter { seen: 3, chars: 9 });
    match owned.downcast::<Counter>() {
        Ok(c) => println!("downcast box ok: seen={} chars={}", c.seen, c.chars),
        Err(_) => println!("downcast failed"),
    }
    let wrong: Box<dyn Any> = Box::new(7u8);
    println!("wrong downcast is_err: {}", wrong.downcast::<i32>().is_err());
}
