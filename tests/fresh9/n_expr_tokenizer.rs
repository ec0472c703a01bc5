use std::fmt;
use std::iter::Peekable;
use std::str::CharIndices;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug)]
enum CalcError {
    UnexpectedChar(char, usize),
    UnexpectedEnd,
    UnknownVar(String),
    DivByZero,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::UnexpectedChar(c, pos) => write!(f, "unexpected '{}' at {}", c, pos),
            CalcError::UnexpectedEnd => f.write_str("unexpected end of input"),
            CalcError::UnknownVar(v) => write!(f, "unknown variable {v}"),
            CalcError::DivByZero => write!(f, "division by zero"),
        }
    }
}

struct Lexer<'a> {
    chars: Peekable<CharIndices<'a>>,
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Token, CalcError>;
    fn next(&mut self) -> Option<Self::Item> {
        while let Some(&(_, c)) = self.chars.peek() {
            if c.is_whitespace() { self.chars.next(); } else { break; }
        }
        let (pos, c) = self.chars.next()?;
        let tok = match c {
            '0'..='9' | '.' => {
                let mut s = String::from(c);
                while let Some(&(_, d)) = self.chars.peek() {
                    if d.is_ascii_digit() || d == '.' { s.push(d); self.chars.next(); } else { break; }
                }
                Token::Num(s.parse().unwrap())
            }
            c if c.is_alphabetic() => {
                let mut s = c.to_string();
                while let Some(&(_, d)) = self.chars.peek() {
                    if d.is_alphanumeric() || d == '_' { s.push(d); self.chars.next(); } else { break; }
                }
                Token::Ident(s)
            }
            '+' | '-' | '*' | '/' | '^' => Token::Op(c),
            '(' => Token::LParen,
            ')' => Token::RParen,
            other => return Some(Err(CalcError::UnexpectedChar(other, pos))),
        };
        Some(Ok(tok))
    }
}

struct Parser<'v> {
    toks: Vec<Token>,
    pos: usize,
    vars: &'v [(&'v str, f64)],
}

impl<'v> Parser<'v> {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.pos) }
    fn bump(&mut self) -> Option<Token> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }

    fn expr(&mut self) -> Result<f64, CalcError> {
        let mut acc = self.term()?;
        while let Some(Token::Op(op @ ('+' | '-'))) = self.peek().cloned() {
            self.bump();
            let rhs = self.term()?;
            acc = if op == '+' { acc + rhs } else { acc - rhs };
        }
        Ok(acc)
    }
    fn term(&mut self) -> Result<f64, CalcError> {
        let mut acc = self.power()?;
        while let Some(Token::Op(op)) = self.peek().cloned() {
            if op != '*' && op != '/' { break; }
            self.bump();
            let rhs = self.power()?;
            if op == '/' && rhs == 0.0 { return Err(CalcError::DivByZero); }
            acc = if op == '*' { acc * rhs } else { acc / rhs };
        }
        Ok(acc)
    }
    fn power(&mut self) -> Result<f64, CalcError> {
        let base = self.atom()?;
        if let Some(Token::Op('^')) = self.peek() {
            self.bump();
            let exp = self.power()?;
            return Ok(base.powf(exp));
        }
        Ok(base)
    }
    fn atom(&mut self) -> Result<f64, CalcError> {
        match self.bump().ok_or(CalcError::UnexpectedEnd)? {
            Token::Num(n) => Ok(n),
            Token::Op('-') => Ok(-self.atom()?),
            Token::Ident(name) => self.vars.iter().find(|(n, _)| *n == name).map(|&(_, v)| v).ok_or(CalcError::UnknownVar(name)),
            Token::LParen => {
                let v = self.expr()?;
                match self.bump() { Some(Token::RParen) => Ok(v), Some(_) => Err(CalcError::UnexpectedChar(')', self.pos)), None => Err(CalcError::UnexpectedEnd) }
            }
            Token::RParen => Err(CalcError::UnexpectedChar(')', self.pos - 1)),
            Token::Op(c) => Err(CalcError::UnexpectedChar(c, self.pos - 1)),
        }
    }
}

fn evaluate(src: &str, vars: &[(&str, f64)]) -> Result<f64, CalcError> {
    let toks = Lexer { chars: src.char_indices().peekable() }.collect::<Result<Vec<_>, _>>()?;
    let mut p = Parser { toks, pos: 0, vars };
    let v = p.expr()?;
    if p.pos < p.toks.len() { return Err(CalcError::UnexpectedChar('?', p.pos)); }
    Ok(v)
}

fn main() {
    let vars = [("pi", 3.14159), ("x", 2.0), ("rate_2", 0.5)];
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * pi", "10 / (x - 2)", "rate_2 * 8 + y", "3 $ 4", "(4 + 5", "1.5e"];
    for src in inputs {
        match evaluate(src, &vars) {
            Ok(v) => println!("{:<16} => {:>12.4}", src, v),
            Err(e) => println!("{:<16} => error: {}", src, e),
        }
    }
    let toks: Vec<Token> = Lexer { chars: "foo(12)+3".char_indices().peekable() }.filter_map(Result::ok).collect();
    println!("{:?}", toks);
}
