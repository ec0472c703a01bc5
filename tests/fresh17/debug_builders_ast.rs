use std::collections::BTreeMap;
use std::fmt;

enum Expr {
    Num(f64),
    Var(String),
    Bin(Box<Expr>, char, Box<Expr>),
    Call(String, Vec<Expr>),
}

impl fmt::Debug for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Num(n) => f.debug_tuple("Num").field(n).finish(),
            Expr::Var(v) => write!(f, "${}", v),
            Expr::Bin(l, op, r) => f.debug_struct("Bin").field("op", op).field("lhs", l).field("rhs", r).finish(),
            Expr::Call(name, args) => {
                write!(f, "{}", name)?;
                f.debug_list().entries(args.iter()).finish()
            }
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::Bin(l, op, r) => write!(f, "({} {} {})", l, op, r),
            Expr::Call(name, args) => {
                let parts: Vec<String> = args.iter().map(|a| a.to_string()).collect();
                write!(f, "{}({})", name, parts.join(", "))
            }
        }
    }
}

struct Env {
    vars: BTreeMap<String, f64>,
    hidden: u32,
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Env")
            .field("count", &self.vars.len())
            .field("vars", &DebugMap(&self.vars))
            .finish_non_exhaustive()
    }
}

struct DebugMap<'a>(&'a BTreeMap<String, f64>);
impl fmt::Debug for DebugMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k.as_str(), v))).finish()
    }
}

struct Set<'a>(&'a [&'a str]);
impl fmt::Debug for Set<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0).finish()
    }
}

fn eval(e: &Expr, env: &Env) -> Result<f64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => *env.vars.get(v).ok_or_else(|| format!("unbound variable {:?}", v))?,
        Expr::Bin(l, op, r) => {
            let (a, b) = (eval(l, env)?, eval(r, env)?);
            match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' => a / b,
                '^' => a.powf(b),
                _ => return Err(format!("bad op {}", op)),
            }
        }
        Expr::Call(name, args) => {
            let vals: Result<Vec<f64>, String> = args.iter().map(|a| eval(a, env)).collect();
            let vals = vals?;
            match (name.as_str(), vals.as_slice()) {
                ("sqrt", [x]) => x.sqrt(),
                ("max", [x, rest @ ..]) => rest.iter().fold(*x, |m, v| m.max(*v)),
                ("hypot", [x, y]) => x.hypot(*y),
                (n, a) => return Err(format!("no function {}/{}", n, a.len())),
            }
        }
    })
}

fn num(n: f64) -> Box<Expr> { Box::new(Expr::Num(n)) }
fn var(s: &str) -> Box<Expr> { Box::new(Expr::Var(s.to_string())) }

fn main() {
    let mut vars = BTreeMap::new();
    vars.insert("x".to_string(), 3.0);
    vars.insert("y".to_string(), 4.0);
    vars.insert("rate".to_string(), 0.075);
    let env = Env { vars, hidden: 42 };
    let exprs = vec![
        Expr::Bin(num(1.5), '+', Box::new(Expr::Bin(var("x"), '*', var("y")))),
        Expr::Call("hypot".into(), vec![Expr::Var("x".into()), Expr::Var("y".into())]),
        Expr::Call("max".into(), vec![Expr::Num(2.0), Expr::Bin(var("x"), '^', num(2.0)), Expr::Num(-1.0)]),
        Expr::Bin(var("z"), '-', num(1.0)),
        Expr::Call("sqrt".into(), vec![]),
        Expr::Bin(num(1.0), '/', num(0.0)),
    ];
    for e in &exprs {
        match eval(e, &env) {
            Ok(v) => println!("{:<28} = {}", e.to_string(), v),
            Err(msg) => println!("{:<28} ! {}", e.to_string(), msg),
        }
    }
    println!("{:?}", exprs[0]);
    println!("{:#?}", exprs[2]);
    println!("{:?}", env);
    println!("{:#?}", env);
    println!("{:?} hidden={}", Set(&["alpha", "beta"]), env.hidden);
    println!("{:#?}", Set(&[]));
}
