use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Ident(String), Op(char), LParen, RParen }

#[derive(Debug)]
enum Expr {
    Num(f64),
    Var(String),
    Unary(char, Box<Expr>),
    Binary(Box<Expr>, char, Box<Expr>),
}

#[derive(Debug)]
enum ParseError { Unexpected(char, usize), Eof, Trailing(Token), UnknownVar(String) }

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::Unexpected(c, at) => write!(f, "unexpected '{}' at {}", c, at),
            ParseError::Eof => write!(f, "unexpected end of input"),
            ParseError::Trailing(t) => write!(f, "trailing token {:?}", t),
            ParseError::UnknownVar(v) => write!(f, "unknown variable '{}'", v),
        }
    }
}
impl std::error::Error for ParseError {}

fn tokenize(src: &str) -> Result<Vec<Token>, ParseError> {
    let mut out = Vec::new();
    let mut it: Peekable<std::iter::Enumerate<Chars>> = src.chars().enumerate().peekable();
    while let Some(&(i, c)) = it.peek() {
        match c {
            ' ' => { it.next(); }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&(_, d)) = it.peek().filter(|(_, d)| d.is_ascii_digit() || *d == '.') {
                    s.push(d);
                    it.next();
                }
                out.push(Token::Num(s.parse().map_err(|_| ParseError::Unexpected(c, i))?));
            }
            c if c.is_alphabetic() => {
                let mut s = String::new();
                while let Some((_, d)) = it.next_if(|(_, d)| d.is_alphanumeric()) { s.push(d); }
                out.push(Token::Ident(s));
            }
            '+' | '-' | '*' | '/' | '^' => { out.push(Token::Op(c)); it.next(); }
            '(' => { out.push(Token::LParen); it.next(); }
            ')' => { out.push(Token::RParen); it.next(); }
            other => return Err(ParseError::Unexpected(other, i)),
        }
    }
    Ok(out)
}

struct Parser { toks: Vec<Token>, pos: usize }
impl Parser {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.pos) }
    fn bump(&mut self) -> Option<Token> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }

    fn prec(op: char) -> (u8, bool) {
        match op { '+' | '-' => (1, false), '*' | '/' => (2, false), _ => (3, true) }
    }

    fn expr(&mut self, min: u8) -> Result<Expr, ParseError> {
        let mut lhs = match self.bump().ok_or(ParseError::Eof)? {
            Token::Num(n) => Expr::Num(n),
            Token::Ident(s) => Expr::Var(s),
            Token::Op(c @ ('-' | '+')) => Expr::Unary(c, Box::new(self.expr(3)?)),
            Token::LParen => {
                let e = self.expr(0)?;
                match self.bump() { Some(Token::RParen) => e, Some(t) => return Err(ParseError::Trailing(t)), None => return Err(ParseError::Eof) }
            }
            t => return Err(ParseError::Trailing(t)),
        };
        while let Some(&Token::Op(op)) = self.peek() {
            let (p, right) = Self::prec(op);
            if p < min { break; }
            self.bump();
            let rhs = self.expr(if right { p } else { p + 1 })?;
            lhs = Expr::Binary(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
}

fn eval(e: &Expr, vars: &[(&str, f64)]) -> Result<f64, ParseError> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => vars.iter().find(|(k, _)| k == v).map(|p| p.1).ok_or_else(|| ParseError::UnknownVar(v.clone()))?,
        Expr::Unary(op, inner) => if *op == '-' { -eval(inner, vars)? } else { eval(inner, vars)? },
        Expr::Binary(a, op, b) => {
            let (x, y) = (eval(a, vars)?, eval(b, vars)?);
            match op { '+' => x + y, '-' => x - y, '*' => x * y, '/' => x / y, _ => x.powf(y) }
        }
    })
}

fn run(src: &str) -> Result<f64, Box<dyn std::error::Error>> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks, pos: 0 };
    let e = p.expr(0)?;
    if let Some(t) = p.bump() { return Err(Box::new(ParseError::Trailing(t))); }
    Ok(eval(&e, &[("x", 3.0), ("pi", 3.14159)])?)
}

fn main() {
    println!("tokens: {:?}", tokenize("2*(x+1.5)").unwrap());
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4 - 1", "pi * x * x",
                  "2 * (3 + 4", "4 $ 4", "y + 1", "1 2", "8 - 3 - 2", "1.5.2 + 1", "+x / -(2)"];
    for src in inputs {
        match run(src) {
            Ok(v) => println!("{:<14} = {:>10.4}", src, v),
            Err(e) => println!("{:<14} ! {}", src, e),
        }
    }
}
