// Traits with generic methods, visitor pattern over an AST, fold with associated types.
use std::collections::BTreeSet;
use std::fmt::Write;

#[derive(Debug, Clone)]
pub enum Expr {
    Num(f64),
    Var(String),
    Bin(Box<Expr>, Op, Box<Expr>),
    Call(String, Vec<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op { Add, Sub, Mul, Div }

pub trait Visitor {
    type Out;
    fn num(&mut self, n: f64) -> Self::Out;
    fn var(&mut self, name: &str) -> Self::Out;
    fn bin(&mut self, l: Self::Out, op: Op, r: Self::Out) -> Self::Out;
    fn call(&mut self, name: &str, args: Vec<Self::Out>) -> Self::Out;
}

impl Expr {
    pub fn accept<V: Visitor>(&self, v: &mut V) -> V::Out {
        match self {
            Expr::Num(n) => v.num(*n),
            Expr::Var(s) => v.var(s),
            Expr::Bin(l, op, r) => {
                let lo = l.accept(v);
                let ro = r.accept(v);
                v.bin(lo, *op, ro)
            }
            Expr::Call(f, args) => {
                let outs = args.iter().map(|a| a.accept(v)).collect();
                v.call(f, outs)
            }
        }
    }
}

pub trait Env {
    fn lookup(&self, name: &str) -> Option<f64>;
    fn lookup_or<T: From<f64>>(&self, name: &str, default: T) -> T
    where
        Self: Sized,
    {
        self.lookup(name).map(T::from).unwrap_or(default)
    }
}

impl Env for [(&str, f64)] {
    fn lookup(&self, name: &str) -> Option<f64> {
        self.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }
}

struct Scope(Vec<(String, f64)>);

impl Env for Scope {
    fn lookup(&self, name: &str) -> Option<f64> {
        self.0.iter().rev().find(|(k, _)| k == name).map(|(_, v)| *v)
    }
}

struct Eval<'e, E: Env + ?Sized> {
    env: &'e E,
}

impl<'e, E: Env + ?Sized> Visitor for Eval<'e, E> {
    type Out = Result<f64, String>;
    fn num(&mut self, n: f64) -> Self::Out { Ok(n) }
    fn var(&mut self, name: &str) -> Self::Out {
        self.env.lookup(name).ok_or_else(|| format!("unbound {}", name))
    }
    fn bin(&mut self, l: Self::Out, op: Op, r: Self::Out) -> Self::Out {
        let (l, r) = (l?, r?);
        match op {
            Op::Add => Ok(l + r),
            Op::Sub => Ok(l - r),
            Op::Mul => Ok(l * r),
            Op::Div if r == 0.0 => Err("division by zero".into()),
            Op::Div => Ok(l / r),
        }
    }
    fn call(&mut self, name: &str, args: Vec<Self::Out>) -> Self::Out {
        let vals: Vec<f64> = args.into_iter().collect::<Result<_, _>>()?;
        match (name, vals.as_slice()) {
            ("max", [first, rest @ ..]) => Ok(rest.iter().fold(*first, |a, &b| a.max(b))),
            ("neg", [x]) => Ok(-x),
            _ => Err(format!("bad call {}/{}", name, vals.len())),
        }
    }
}

struct Printer;
impl Visitor for Printer {
    type Out = String;
    fn num(&mut self, n: f64) -> String { n.to_string() }
    fn var(&mut self, name: &str) -> String { name.to_string() }
    fn bin(&mut self, l: String, op: Op, r: String) -> String {
        let sym = match op { Op::Add => '+', Op::Sub => '-', Op::Mul => '*', Op::Div => '/' };
        format!("({} {} {})", l, sym, r)
    }
    fn call(&mut self, name: &str, args: Vec<String>) -> String {
        let mut s = String::new();
        write!(s, "{}({})", name, args.join(", ")).unwrap();
        s
    }
}

#[derive(Default)]
struct VarCollector { vars: BTreeSet<String>, nodes: usize }
impl Visitor for VarCollector {
    type Out = ();
    fn num(&mut self, _: f64) { self.nodes += 1; }
    fn var(&mut self, name: &str) { self.nodes += 1; self.vars.insert(name.to_string()); }
    fn bin(&mut self, _: (), _: Op, _: ()) { self.nodes += 1; }
    fn call(&mut self, _: &str, _: Vec<()>) { self.nodes += 1; }
}

fn num(n: f64) -> Expr { Expr::Num(n) }
fn var(s: &str) -> Expr { Expr::Var(s.into()) }
fn bin(l: Expr, op: Op, r: Expr) -> Expr { Expr::Bin(Box::new(l), op, Box::new(r)) }

fn main() {
    let env: &[(&str, f64)] = &[("x", 3.0), ("y", 4.0), ("z", 0.0)];
    let exprs = vec![
        bin(var("x"), Op::Mul, bin(var("y"), Op::Add, num(1.5))),
        Expr::Call("max".into(), vec![var("x"), var("y"), num(2.0)]),
        bin(num(1.0), Op::Div, var("z")),
        bin(var("w"), Op::Sub, num(1.0)),
        Expr::Call("neg".into(), vec![bin(var("x"), Op::Sub, var("y"))]),
        Expr::Call("neg".into(), vec![]),
    ];
    for e in &exprs {
        let shown = e.accept(&mut Printer);
        let result = e.accept(&mut Eval { env });
        println!("{:<24} => {:?}", shown, result);
    }
    let mut vc = VarCollector::default();
    for e in &exprs {
        e.accept(&mut vc);
    }
    println!("vars: {:?}, nodes: {}", vc.vars, vc.nodes);
    let fallback: f64 = env.lookup("q").unwrap_or(-1.0);
    println!("lookup q = {}, lookup y = {:?}", fallback, env.lookup("y"));
    let scope = Scope(vec![("a".into(), 2.0), ("b".into(), 5.0), ("a".into(), 10.0)]);
    println!("scope a = {}, missing = {}", scope.lookup_or("a", 0.0f64), scope.lookup_or::<f64>("m", 7.5));
    let dyn_env: &dyn Env = &scope;
    let e = bin(var("a"), Op::Sub, var("b"));
    println!("dyn env eval {} = {:?}", e.accept(&mut Printer), e.accept(&mut Eval { env: dyn_env }));
}
