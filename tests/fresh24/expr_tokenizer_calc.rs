use std::fmt;
use std::iter::Peekable;
use std::str::Chars;
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Tok::Num(n) => write!(f, "{}", n),
            Tok::Ident(s) => write!(f, "{}", s),
            Tok::Op(c) => write!(f, "{}", c),
            Tok::LParen | Tok::RParen => write!(f, "{}", if *self == Tok::LParen { '(' } else { ')' }),
        }
    }
}

struct Lexer<'a> {
    chars: Peekable<Chars<'a>>,
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Tok, String>;
    fn next(&mut self) -> Option<Self::Item> {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.chars.next();
        }
        let c = *self.chars.peek()?;
        if c.is_ascii_digit() || c == '.' {
            let mut s = String::new();
            while let Some(&d) = self.chars.peek() {
                if d.is_ascii_digit() || d == '.' { s.push(d); self.chars.next(); } else { break; }
            }
            return Some(s.parse::<f64>().map(Tok::Num).map_err(|e| format!("bad number '{}': {}", s, e)));
        }
        if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(&d) = self.chars.peek() {
                if d.is_alphanumeric() || d == '_' { s.push(d); self.chars.next(); } else { break; }
            }
            return Some(Ok(Tok::Ident(s)));
        }
        self.chars.next();
        Some(match c {
            '+' | '-' | '*' | '/' | '^' | '%' => Ok(Tok::Op(c)),
            '(' => Ok(Tok::LParen),
            ')' => Ok(Tok::RParen),
            other => Err(format!("unexpected character {:?}", other)),
        })
    }
}

fn prec(op: char) -> (u8, bool) {
    match op { '+' | '-' => (1, false), '*' | '/' | '%' => (2, false), '^' => (3, true), _ => (0, false) }
}

fn to_rpn(tokens: Vec<Tok>) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut stack: Vec<Tok> = Vec::new();
    for t in tokens {
        match t {
            Tok::Num(_) | Tok::Ident(_) => out.push(t),
            Tok::Op(o) => {
                while let Some(Tok::Op(top)) = stack.last() {
                    let (p1, right) = prec(o);
                    let (p2, _) = prec(*top);
                    if p2 > p1 || (p2 == p1 && !right) {
                        out.push(stack.pop().unwrap());
                    } else {
                        break;
                    }
                }
                stack.push(Tok::Op(o));
            }
            Tok::LParen => stack.push(t),
            Tok::RParen => loop {
                match stack.pop() {
                    Some(Tok::LParen) => break,
                    Some(x) => out.push(x),
                    None => return Err("unbalanced ')'".into()),
                }
            },
        }
    }
    while let Some(t) = stack.pop() {
        if t == Tok::LParen { return Err("unbalanced '('".into()); }
        out.push(t);
    }
    Ok(out)
}

fn eval(rpn: &[Tok], lookup: &dyn Fn(&str) -> Option<f64>) -> Result<f64, String> {
    let mut st: Vec<f64> = Vec::new();
    for t in rpn {
        match t {
            Tok::Num(n) => st.push(*n),
            Tok::Ident(name) => st.push(lookup(name).ok_or_else(|| format!("unknown variable {}", name))?),
            Tok::Op(o) => {
                let b = st.pop().ok_or("stack underflow")?;
                let a = st.pop().ok_or("stack underflow")?;
                st.push(match o {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' if b == 0.0 => return Err("division by zero".to_string()),
                    '/' => a / b,
                    '%' => a % b,
                    '^' => a.powf(b),
                    _ => unreachable!(),
                });
            }
            _ => return Err(format!("bad token {}", t)),
        }
    }
    if st.len() == 1 { Ok(st[0]) } else { Err(format!("{} values left on stack", st.len())) }
}

fn run(src: &str) -> Result<(String, f64), String> {
    let tokens = Lexer { chars: src.chars().peekable() }.collect::<Result<Vec<_>, _>>()?;
    let rpn = to_rpn(tokens)?;
    let shown = rpn.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ");
    let vars = |n: &str| match n { "pi" => Some(3.14159), "x" => Some(4.0), "rate" => Some(0.25), _ => None };
    let v = eval(&rpn, &vars)?;
    Ok((shown, v))
}

fn main() {
    let cases = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / x / 5",
        "pi * x ^ 2",
        "17 % 5 + rate",
        "1 / (x - 4)",
        "3 + $",
        "(2 + 3",
        "2 + y",
        "1.2.3 + 1", "4 5",
    ];
    for c in cases.iter() {
        match run(c) {
            Ok((rpn, v)) => println!("{:<14} => {:<18} = {:.4}", c, rpn, v),
            Err(e) => println!("{:<14} => ERROR {}", c, e),
        }
    }
}
