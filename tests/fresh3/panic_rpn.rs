use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Tok {
    Num(f64),
    Op(char),
    Func(&'static str),
    Var(char),
}

struct Rpn {
    vars: HashMap<char, f64>,
    trace: bool,
}

#[derive(Debug)]
struct StackState(Vec<f64>);

impl fmt::Display for StackState {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|v| format!("{:.2}", v)).collect();
        write!(f, "[{}]", parts.join(" "))
    }
}

fn lex(src: &str) -> Vec<Tok> {
    src.split_whitespace()
        .map(|w| match w {
            "+" | "-" | "*" | "/" => Tok::Op(w.chars().next().unwrap()),
            "sqrt" => Tok::Func("sqrt"),
            "neg" => Tok::Func("neg"),
            "dup" => Tok::Func("dup"),
            w if w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()) => Tok::Var(w.chars().next().unwrap()),
            w => Tok::Num(w.parse().unwrap_or_else(|e| panic!("bad token {:?}: {}", w, e))),
        })
        .collect()
}

impl Rpn {
    fn eval(&self, src: &str) -> f64 {
        let mut st: Vec<f64> = Vec::new();
        for tok in lex(src) {
            match tok {
                Tok::Num(n) => st.push(n),
                Tok::Var(v) => st.push(*self.vars.get(&v).unwrap_or_else(|| panic!("unbound variable '{}'", v))),
                Tok::Op(o) => {
                    let (b, a) = (st.pop(), st.pop());
                    let (a, b) = match (a, b) {
                        (Some(a), Some(b)) => (a, b),
                        _ => panic!("operator '{}' needs 2 operands, stack was {}", o, StackState(st.clone())),
                    };
                    st.push(match o {
                        '+' => a + b,
                        '-' => a - b,
                        '*' => a * b,
                        '/' => a / b,
                        _ => unreachable!(),
                    });
                }
                Tok::Func("sqrt") => {
                    let x = st.pop().expect("sqrt of nothing");
                    assert!(x >= 0.0, "sqrt of negative number {}", x);
                    st.push(x.sqrt());
                }
                Tok::Func("neg") => {
                    let x = st.last_mut().unwrap();
                    *x = -*x;
                }
                Tok::Func("dup") => st.push(*st.last().unwrap()),
                Tok::Func(other) => unimplemented!("function {}", other),
            }
            if self.trace {
                println!("    {:?} -> {}", tok, StackState(st.clone()));
            }
        }
        if st.len() != 1 {
            panic!("expression {:?} left {} values on the stack: {}", src, st.len(), StackState(st));
        }
        st[0]
    }
}

fn main() {
    let mut rpn = Rpn { vars: HashMap::new(), trace: false };
    rpn.vars.insert('x', 3.0);
    rpn.vars.insert('y', 4.0);
    let exprs = ["x dup * y dup * + sqrt", "1 2 3 * + 4 /", "10 neg 2 /", "2 sqrt dup *", "1 3 /"];
    for e in exprs {
        println!("{:<24} = {}", e, rpn.eval(e));
    }
    rpn.trace = true;
    println!("traced: {}", rpn.eval("x y - neg 0.5 *"));
    rpn.trace = false;
    let results: Vec<f64> = ["1 1 +", "2 2 *", "9 sqrt"].iter().map(|e| rpn.eval(e)).collect();
    println!("batch {:?} sum {}", results, results.iter().sum::<f64>());
    println!("now a malformed one...");
    let v = rpn.eval("1 2 3 + x y");
    println!("never printed {}", v);
}
