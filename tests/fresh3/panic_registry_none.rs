use std::collections::HashMap;
use std::rc::Rc;

trait Plugin {
    fn name(&self) -> &str;
    fn version(&self) -> (u32, u32) {
        (1, 0)
    }
    fn run(&self, input: &str) -> String;
}

struct Upper;
struct Reverse;
struct Repeat {
    times: usize,
}

impl Plugin for Upper {
    fn name(&self) -> &str { "upper" }
    fn run(&self, input: &str) -> String { input.to_uppercase() }
}

impl Plugin for Reverse {
    fn name(&self) -> &str { "reverse" }
    fn version(&self) -> (u32, u32) { (2, 3) }
    fn run(&self, input: &str) -> String { input.chars().rev().collect() }
}

impl Plugin for Repeat {
    fn name(&self) -> &str { "repeat" }
    fn run(&self, input: &str) -> String { vec![input; self.times].join("-") }
}

#[derive(Default)]
struct Registry {
    plugins: HashMap<String, Rc<dyn Plugin>>,
    aliases: HashMap<&'static str, &'static str>,
}

impl Registry {
    fn register(&mut self, p: Rc<dyn Plugin>) -> Option<Rc<dyn Plugin>> {
        self.plugins.insert(p.name().to_string(), p)
    }

    fn lookup(&self, name: &str) -> Option<Rc<dyn Plugin>> {
        let real = self.aliases.get(name).copied().unwrap_or(name);
        self.plugins.get(real).cloned()
    }

    fn chain(&self, names: &[&str], input: &str) -> Option<String> {
        names.iter().try_fold(input.to_string(), |acc, n| Some(self.lookup(n)?.run(&acc)))
    }
}

fn main() {
    let mut reg = Registry::default();
    let shared: Rc<dyn Plugin> = Rc::new(Upper);
    reg.register(Rc::clone(&shared));
    reg.register(Rc::new(Reverse));
    let replaced = reg.register(Rc::new(Repeat { times: 2 }));
    println!("first repeat replaced something: {}", replaced.is_some());
    let replaced = reg.register(Rc::new(Repeat { times: 3 }));
    println!("second repeat replaced v{:?}", replaced.map(|p| p.version()));
    reg.aliases.insert("up", "upper");
    reg.aliases.insert("rev", "reverse");
    reg.aliases.insert("echo", "repeater");

    let mut names: Vec<&String> = reg.plugins.keys().collect();
    names.sort();
    for n in names {
        let p = &reg.plugins[n];
        let (maj, min) = p.version();
        println!("{:<8} v{}.{} -> {}", n, maj, min, p.run("abc"));
    }
    println!("rc count of upper: {}", Rc::strong_count(&shared));

    for pipeline in [vec!["up", "rev"], vec!["rev", "repeat"], vec!["echo"], vec![]] {
        match reg.chain(&pipeline, "Rust") {
            Some(out) => println!("{:?} => {}", pipeline, out),
            None => println!("{:?} => missing plugin", pipeline),
        }
    }
    let found = ["upper", "missing", "rev"].map(|n| reg.lookup(n).is_some());
    println!("{:?}", found);

    let wanted = ["up", "reverse", "echo"];
    for w in wanted {
        let plugin = reg.lookup(w).unwrap();
        println!("{} ok: {}", w, plugin.run("xyz"));
    }
}
