use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Var(String),
    Bin(Box<Expr>, Op, Box<Expr>),
    Neg(Box<Expr>),
    Let(String, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Add, Sub, Mul, Div }

trait Visitor {
    type Output;
    fn num(&mut self, n: i64) -> Self::Output;
    fn var(&mut self, name: &str) -> Self::Output;
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> Self::Output;
    fn neg(&mut self, e: &Expr) -> Self::Output;
    fn let_in(&mut self, name: &str, val: &Expr, body: &Expr) -> Self::Output;
}

impl Expr {
    fn accept<V: Visitor>(&self, v: &mut V) -> V::Output {
        match self {
            Expr::Num(n) => v.num(*n),
            Expr::Var(s) => v.var(s),
            Expr::Bin(l, op, r) => v.bin(l, *op, r),
            Expr::Neg(e) => v.neg(e),
            Expr::Let(n, val, body) => v.let_in(n, val, body),
        }
    }
}

fn num(n: i64) -> Box<Expr> { Box::new(Expr::Num(n)) }
fn var(s: &str) -> Box<Expr> { Box::new(Expr::Var(s.into())) }
fn bin(l: Box<Expr>, op: Op, r: Box<Expr>) -> Box<Expr> { Box::new(Expr::Bin(l, op, r)) }

struct Printer;
impl Visitor for Printer {
    type Output = String;
    fn num(&mut self, n: i64) -> String { n.to_string() }
    fn var(&mut self, name: &str) -> String { name.to_string() }
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> String {
        let sym = match op { Op::Add => '+', Op::Sub => '-', Op::Mul => '*', Op::Div => '/' };
        format!("({} {} {})", l.accept(self), sym, r.accept(self))
    }
    fn neg(&mut self, e: &Expr) -> String { format!("-{}", e.accept(self)) }
    fn let_in(&mut self, n: &str, v: &Expr, b: &Expr) -> String { format!("let {} = {} in {}", n, v.accept(self), b.accept(self)) }
}

struct Eval { env: Vec<(String, i64)>, steps: u32 }
impl Visitor for Eval {
    type Output = Result<i64, String>;
    fn num(&mut self, n: i64) -> Self::Output { self.steps += 1; Ok(n) }
    fn var(&mut self, name: &str) -> Self::Output {
        self.steps += 1;
        self.env.iter().rev().find(|(k, _)| k == name).map(|(_, v)| *v).ok_or_else(|| format!("unbound {}", name))
    }
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> Self::Output {
        self.steps += 1;
        let (a, b) = (l.accept(self)?, r.accept(self)?);
        match op {
            Op::Add => a.checked_add(b).ok_or("overflow".into()),
            Op::Sub => a.checked_sub(b).ok_or("overflow".into()),
            Op::Mul => a.checked_mul(b).ok_or("overflow".into()),
            Op::Div if b == 0 => Err(format!("division of {} by zero", a)),
            Op::Div => Ok(a / b),
        }
    }
    fn neg(&mut self, e: &Expr) -> Self::Output { self.steps += 1; e.accept(self).map(|v| -v) }
    fn let_in(&mut self, n: &str, v: &Expr, b: &Expr) -> Self::Output {
        self.steps += 1;
        let val = v.accept(self)?;
        self.env.push((n.to_string(), val));
        let out = b.accept(self);
        self.env.pop();
        out
    }
}

struct Folder;
impl Visitor for Folder {
    type Output = Expr;
    fn num(&mut self, n: i64) -> Expr { Expr::Num(n) }
    fn var(&mut self, name: &str) -> Expr { Expr::Var(name.into()) }
    fn bin(&mut self, l: &Expr, op: Op, r: &Expr) -> Expr {
        match (l.accept(self), op, r.accept(self)) {
            (Expr::Num(a), Op::Add, Expr::Num(b)) => Expr::Num(a + b),
            (Expr::Num(a), Op::Mul, Expr::Num(b)) => Expr::Num(a * b),
            (Expr::Num(0), Op::Add, e) | (e, Op::Add | Op::Sub, Expr::Num(0)) => e,
            (Expr::Num(1), Op::Mul, e) | (e, Op::Mul | Op::Div, Expr::Num(1)) => e,
            (a, op, b) => Expr::Bin(Box::new(a), op, Box::new(b)),
        }
    }
    fn neg(&mut self, e: &Expr) -> Expr {
        match e.accept(self) { Expr::Num(n) => Expr::Num(-n), Expr::Neg(inner) => *inner, o => Expr::Neg(Box::new(o)) }
    }
    fn let_in(&mut self, n: &str, v: &Expr, b: &Expr) -> Expr { Expr::Let(n.into(), Box::new(v.accept(self)), Box::new(b.accept(self))) }
}

#[derive(Default)]
struct VarCounter(HashMap<String, usize>);
impl Visitor for VarCounter {
    type Output = ();
    fn num(&mut self, _: i64) {}
    fn var(&mut self, name: &str) { *self.0.entry(name.to_string()).or_insert(0) += 1; }
    fn bin(&mut self, l: &Expr, _: Op, r: &Expr) { l.accept(self); r.accept(self); }
    fn neg(&mut self, e: &Expr) { e.accept(self) }
    fn let_in(&mut self, _: &str, v: &Expr, b: &Expr) { v.accept(self); b.accept(self); }
}

fn main() {
    let exprs: Vec<Expr> = vec![
        *bin(bin(num(2), Op::Add, num(3)), Op::Mul, bin(var("x"), Op::Sub, num(0))),
        Expr::Let("x".into(), bin(num(4), Op::Mul, num(1)), bin(var("x"), Op::Div, bin(var("y"), Op::Sub, num(3)))),
        Expr::Neg(Box::new(Expr::Neg(bin(num(1), Op::Mul, var("z"))))),
        Expr::Let("y".into(), num(10), Box::new(Expr::Let("y".into(), bin(var("y"), Op::Add, num(1)), bin(var("y"), Op::Mul, var("x"))))),
        *bin(num(i64::MAX), Op::Add, var("x")),
    ];
    let mut counter = VarCounter::default();
    for (i, e) in exprs.iter().enumerate() {
        let mut ev = Eval { env: vec![("x".into(), 6), ("y".into(), 3), ("z".into(), -2)], steps: 0 };
        let folded = e.accept(&mut Folder);
        let res = e.accept(&mut ev);
        e.accept(&mut counter);
        println!("e{}: {}", i, e.accept(&mut Printer));
        println!("    folded {}", folded.accept(&mut Printer));
        println!("    = {:?} in {} steps", res, ev.steps);
        let mut ev2 = Eval { env: ev.env.clone(), steps: 0 };
        let res2 = folded.accept(&mut ev2);
        assert_eq!(res, res2, "folding changed e{}", i);
    }
    let mut counts: Vec<(String, usize)> = counter.0.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("var uses: {:?}", counts);
    let claimed_steps = [9u32, 12, 5];
    let actual: Vec<u32> = exprs.iter().take(3).map(|e| { let mut ev = Eval { env: vec![("x".into(), 1), ("y".into(), 2), ("z".into(), 3)], steps: 0 }; let _ = e.accept(&mut ev); ev.steps }).collect();
    assert_eq!(actual, claimed_steps, "step budget drifted for {} expressions", actual.len());
    println!("done");
}
