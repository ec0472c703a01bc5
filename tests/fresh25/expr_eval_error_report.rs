use std::collections::HashMap;
use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Tok { Num(f64), Ident(String), Op(char), LParen, RParen }

#[derive(Debug)]
enum EvalError {
    UnexpectedChar { pos: usize, ch: char },
    UnexpectedToken { pos: usize, found: String },
    UnexpectedEnd,
    UnknownVar { pos: usize, name: String },
    DivByZero { pos: usize },
}

impl EvalError {
    fn position(&self) -> Option<usize> {
        match *self {
            EvalError::UnexpectedChar { pos, .. } | EvalError::UnexpectedToken { pos, .. } => Some(pos),
            EvalError::UnknownVar { pos, .. } | EvalError::DivByZero { pos } => Some(pos),
            EvalError::UnexpectedEnd => None,
        }
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            EvalError::UnexpectedChar { ch, .. } => write!(f, "unexpected character '{}'", ch),
            EvalError::UnexpectedToken { found, .. } => write!(f, "unexpected token {}", found),
            EvalError::UnexpectedEnd => write!(f, "unexpected end of input"),
            EvalError::UnknownVar { name, .. } => write!(f, "unknown variable `{}`", name),
            EvalError::DivByZero { .. } => write!(f, "division by zero"),
        }
    }
}

impl Error for EvalError {}
fn tokenize(src: &str) -> Result<Vec<(usize, Tok)>, Box<dyn Error>> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            ' ' => {}
            '0'..='9' | '.' => {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if !(d.is_ascii_digit() || d == '.') { break; }
                    end = j + 1;
                    chars.next();
                }
                let n: f64 = src[i..end].parse()?;
                out.push((i, Tok::Num(n)));
            }
            'a'..='z' | '_' => {
                let mut name = String::from(c);
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_ascii_alphanumeric() || d == '_' { name.push(d); chars.next(); } else { break; }
                }
                out.push((i, Tok::Ident(name)));
            }
            '+' | '-' | '*' | '/' | '^' => out.push((i, Tok::Op(c))),
            '(' => out.push((i, Tok::LParen)),
            ')' => out.push((i, Tok::RParen)),
            _ => return Err(Box::new(EvalError::UnexpectedChar { pos: i, ch: c })),
        }
    }
    Ok(out)
}

struct Parser<'a> { toks: Vec<(usize, Tok)>, pos: usize, vars: &'a HashMap<&'a str, f64> }

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Tok> { self.toks.get(self.pos).map(|(_, t)| t) }
    fn next(&mut self) -> Option<(usize, Tok)> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }

    fn expr(&mut self) -> Result<f64, EvalError> {
        let mut v = self.term()?;
        while let Some(Tok::Op(op @ ('+' | '-'))) = self.peek().cloned() {
            self.pos += 1;
            let r = self.term()?;
            v = if op == '+' { v + r } else { v - r };
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, EvalError> {
        let mut v = self.factor()?;
        while let Some(Tok::Op(op @ ('*' | '/'))) = self.peek().cloned() {
            let at = self.toks[self.pos].0;
            self.pos += 1;
            let r = self.factor()?;
            if op == '/' && r == 0.0 { return Err(EvalError::DivByZero { pos: at }); }
            v = if op == '*' { v * r } else { v / r };
        }
        Ok(v)
    }
    fn factor(&mut self) -> Result<f64, EvalError> {
        let base = self.unary()?;
        if let Some(Tok::Op('^')) = self.peek() {
            self.pos += 1;
            let e = self.factor()?;
            return Ok(base.powf(e));
        }
        Ok(base)
    }
    fn unary(&mut self) -> Result<f64, EvalError> {
        match self.next() {
            Some((_, Tok::Op('-'))) => Ok(-self.unary()?),
            Some((_, Tok::Num(n))) => Ok(n),
            Some((p, Tok::Ident(name))) => self.vars.get(name.as_str()).copied().ok_or(EvalError::UnknownVar { pos: p, name }),
            Some((_, Tok::LParen)) => {
                let v = self.expr()?;
                match self.next() {
                    Some((_, Tok::RParen)) => Ok(v),
                    Some((p, t)) => Err(EvalError::UnexpectedToken { pos: p, found: format!("{:?}", t) }),
                    None => Err(EvalError::UnexpectedEnd),
                }
            }
            Some((p, t)) => Err(EvalError::UnexpectedToken { pos: p, found: format!("{:?}", t) }),
            None => Err(EvalError::UnexpectedEnd),
        }
    }
}

fn evaluate(src: &str, vars: &HashMap<&str, f64>) -> Result<f64, Box<dyn Error>> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks, pos: 0, vars };
    let v = p.expr()?;
    if let Some((pos, t)) = p.next() {
        return Err(EvalError::UnexpectedToken { pos, found: format!("{:?}", t) }.into());
    }
    Ok(v)
}

fn main() {
    let vars: HashMap<&str, f64> = [("pi", std::f64::consts::PI), ("rate", 0.075), ("n", 12.0)].into_iter().collect();
    let cases = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-n / 4 + rate * 100", "pi * 2 ^ 2",
        "10 / (5 - 5)", "3 + $", "4 * (2 + 1", "x + 1", "1.2.3 + 4", "2 3", ")",
    ];
    for src in cases {
        match evaluate(src, &vars) {
            Ok(v) => println!("{:<20} = {:>12.4}", src, v),
            Err(e) => {
                println!("{:<20} ! {}", src, e);
                if let Some(ev) = e.downcast_ref::<EvalError>() {
                    if let Some(p) = ev.position() {
                        println!("  {}", src);
                        println!("  {:>width$}", "^", width = p + 1);
                    }
                } else if let Some(pe) = e.downcast_ref::<std::num::ParseFloatError>() {
                    println!("  (number error: {:?})", pe);
                }
            }
        }
    }
}
