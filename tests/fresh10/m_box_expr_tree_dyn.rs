use std::fmt;

enum Expr {
    Num(f64),
    Var(&'static str),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn num(n: f64) -> Box<Expr> {
    Box::new(Num(n))
}

impl Expr {
    fn eval(&self, x: f64) -> f64 {
        match self {
            Num(n) => *n,
            Var(_) => x,
            Add(a, b) => a.eval(x) + b.eval(x),
            Mul(a, b) => a.eval(x) * b.eval(x),
            Neg(a) => -a.eval(x),
        }
    }
    fn count_boxes(&self) -> usize {
        match self {
            Num(_) | Var(_) => 0,
            Add(a, b) | Mul(a, b) => 2 + a.count_boxes() + b.count_boxes(),
            Neg(a) => 1 + a.count_boxes(),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Num(n) => write!(f, "{}", n),
            Var(v) => write!(f, "{}", v),
            Add(a, b) => write!(f, "({} + {})", a, b),
            Mul(a, b) => write!(f, "{} * {}", a, b),
            Neg(a) => write!(f, "-{}", a),
        }
    }
}

trait Plugin {
    fn name(&self) -> String;
    fn run(&mut self, input: i32) -> i32;
}

struct Doubler {
    calls: u32,
}
struct Offset {
    by: i32,
    label: String,
}

impl Plugin for Doubler {
    fn name(&self) -> String {
        format!("Doubler(calls={})", self.calls)
    }
    fn run(&mut self, input: i32) -> i32 {
        self.calls += 1;
        input * 2
    }
}

impl Plugin for Offset {
    fn name(&self) -> String {
        format!("Offset[{}]", self.label)
    }
    fn run(&mut self, input: i32) -> i32 {
        input + self.by
    }
}

impl Drop for Doubler {
    fn drop(&mut self) {
        println!("drop Doubler after {} calls", self.calls);
    }
}

impl Drop for Offset {
    fn drop(&mut self) {
        println!("drop Offset {}", self.label);
    }
}

fn main() {
    // 3 * (x + 2) + -(x)
    let e = Add(
        Box::new(Mul(num(3.0), Box::new(Add(Box::new(Var("x")), num(2.0))))),
        Box::new(Neg(Box::new(Var("x")))),
    );
    println!("expr: {}", e);
    for x in [0.0, 1.0, 2.5] {
        println!("  x={} -> {}", x, e.eval(x));
    }
    println!("heap boxes in tree: {}", e.count_boxes());
    println!("size_of Expr = {}", std::mem::size_of::<Expr>());

    let mut pipeline: Vec<Box<dyn Plugin>> = Vec::new();
    pipeline.push(Box::new(Doubler { calls: 0 }));
    pipeline.push(Box::new(Offset { by: -3, label: "minus3".into() }));
    pipeline.push(Box::new(Doubler { calls: 100 }));
    for start in [1, 5] {
        let mut v = start;
        for p in pipeline.iter_mut() {
            v = p.run(v);
        }
        println!("pipeline({}) = {}", start, v);
    }
    let names: Vec<String> = pipeline.iter().map(|p| p.name()).collect();
    println!("plugins: {}", names.join(", "));

    println!("removing middle plugin");
    let removed = pipeline.remove(1);
    println!("removed {}", removed.name());
    drop(removed);
    println!("replacing first plugin");
    pipeline[0] = Box::new(Offset { by: 1, label: "plus1".into() });
    println!("end of main");
}
