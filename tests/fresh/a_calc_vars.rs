// Integer calculator REPL script with variables (HashMap), assignments and Result-based errors.
use std::collections::HashMap;
use std::fmt;
use std::iter::Peekable;
use std::str::CharIndices;

#[derive(Debug)]
enum CalcError {
    Unknown(String),
    Syntax(usize, char),
    Eof,
    DivZero,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::Unknown(v) => write!(f, "unknown variable '{}'", v),
            CalcError::Syntax(pos, c) => write!(f, "unexpected '{}' at {}", c, pos),
            CalcError::Eof => write!(f, "unexpected end of input"),
            CalcError::DivZero => write!(f, "division by zero"),
        }
    }
}

struct Eval<'a> {
    it: Peekable<CharIndices<'a>>,
    vars: &'a HashMap<String, i64>,
}

impl<'a> Eval<'a> {
    fn peek(&mut self) -> Option<char> {
        while let Some(&(_, c)) = self.it.peek() {
            if c == ' ' {
                self.it.next();
            } else {
                return Some(c);
            }
        }
        None
    }
    fn expr(&mut self) -> Result<i64, CalcError> {
        let mut acc = self.term()?;
        while let Some(op @ ('+' | '-')) = self.peek() {
            self.it.next();
            let rhs = self.term()?;
            acc = if op == '+' { acc + rhs } else { acc - rhs };
        }
        Ok(acc)
    }
    fn term(&mut self) -> Result<i64, CalcError> {
        let mut acc = self.factor()?;
        while let Some(op @ ('*' | '/' | '%')) = self.peek() {
            self.it.next();
            let rhs = self.factor()?;
            acc = match op {
                '*' => acc * rhs,
                _ if rhs == 0 => return Err(CalcError::DivZero),
                '/' => acc / rhs,
                _ => acc.rem_euclid(rhs),
            };
        }
        Ok(acc)
    }
    fn factor(&mut self) -> Result<i64, CalcError> {
        match self.peek() {
            None => Err(CalcError::Eof),
            Some('(') => {
                self.it.next();
                let v = self.expr()?;
                match self.peek() {
                    Some(')') => {
                        self.it.next();
                        Ok(v)
                    }
                    Some(c) => Err(CalcError::Syntax(self.it.peek().unwrap().0, c)),
                    None => Err(CalcError::Eof),
                }
            }
            Some('-') => {
                self.it.next();
                Ok(-self.factor()?)
            }
            Some(c) if c.is_ascii_digit() => {
                let mut n = 0i64;
                while let Some(d) = self.it.peek().and_then(|&(_, c)| c.to_digit(10)) {
                    n = n * 10 + d as i64;
                    self.it.next();
                }
                Ok(n)
            }
            Some(c) if c.is_alphabetic() => {
                let mut name = String::new();
                while let Some(&(_, c)) = self.it.peek().filter(|(_, c)| c.is_alphanumeric() || *c == '_') {
                    name.push(c);
                    self.it.next();
                }
                self.vars.get(&name).copied().ok_or(CalcError::Unknown(name))
            }
            Some(c) => Err(CalcError::Syntax(self.it.peek().unwrap().0, c)),
        }
    }
}

fn run(line: &str, vars: &mut HashMap<String, i64>) -> Result<(Option<String>, i64), CalcError> {
    let (target, src) = match line.split_once('=') {
        Some((name, rhs)) => (Some(name.trim().to_string()), rhs),
        None => (None, line),
    };
    let mut ev = Eval { it: src.char_indices().peekable(), vars };
    let v = ev.expr()?;
    if let Some(c) = ev.peek() {
        return Err(CalcError::Syntax(ev.it.peek().unwrap().0, c));
    }
    if let Some(t) = &target {
        vars.insert(t.clone(), v);
    }
    Ok((target, v))
}

fn main() {
    let mut vars: HashMap<String, i64> = HashMap::new();
    vars.insert("answer".into(), 42);
    let script = "x = 3 + 4 * 2\ny = (x - 1) / 2\nx * y\nz = x % -4\nw + 1\n10 / (y - 5)\n2 * (3 + \n7 7\nbig = answer * answer * answer\n-big % 1000";
    for line in script.lines() {
        match run(line, &mut vars) {
            Ok((Some(name), v)) => println!("{:<32} {} := {}", line, name, v),
            Ok((None, v)) => println!("{:<32} => {}", line, v),
            Err(e) => println!("{:<32} error: {}", line, e),
        }
    }
    let mut names: Vec<_> = vars.iter().collect();
    names.sort();
    println!("vars: {:?}", names);
}
