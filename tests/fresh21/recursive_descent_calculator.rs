use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Neg(Box<Expr>),
    Bin(Box<Expr>, char, Box<Expr>),
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Neg(e) => write!(f, "(-{})", e),
            Expr::Bin(l, op, r) => write!(f, "({} {} {})", l, op, r),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut chars: Peekable<Chars> = src.chars().peekable();
    let mut out = Vec::new();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' => { chars.next(); }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() || d == '.' { s.push(d); chars.next(); } else { break; }
                }
                out.push(Token::Num(s.parse::<f64>().map_err(|e| format!("bad number '{}': {}", s, e))?));
            }
            '+' => { out.push(Token::Plus); chars.next(); }
            '-' => { out.push(Token::Minus); chars.next(); }
            '*' => { out.push(Token::Star); chars.next(); }
            '/' => { out.push(Token::Slash); chars.next(); }
            '(' => { out.push(Token::LParen); chars.next(); }
            ')' => { out.push(Token::RParen); chars.next(); }
            other => return Err(format!("unexpected char '{}'", other)),
        }
    }
    Ok(out)
}

struct Parser { tokens: Vec<Token>, pos: usize }

impl Parser {
    fn peek(&self) -> Option<&Token> { self.tokens.get(self.pos) }
    fn next(&mut self) -> Option<Token> { let t = self.tokens.get(self.pos).cloned(); self.pos += 1; t }
    fn expr(&mut self) -> Result<Expr, String> {
        let mut lhs = self.term()?;
        while let Some(t) = self.peek() {
            let op = match t { Token::Plus => '+', Token::Minus => '-', _ => break };
            self.next();
            let rhs = self.term()?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, String> {
        let mut lhs = self.factor()?;
        while let Some(t) = self.peek() {
            let op = match t { Token::Star => '*', Token::Slash => '/', _ => break };
            self.next();
            let rhs = self.factor()?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn factor(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Token::Num(n)) => Ok(Expr::Num(n)),
            Some(Token::Minus) => Ok(Expr::Neg(Box::new(self.factor()?))),
            Some(Token::LParen) => {
                let e = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(e),
                    other => Err(format!("expected ')', got {:?}", other)),
                }
            }
            other => Err(format!("unexpected token {:?}", other)),
        }
    }
}

fn eval(e: &Expr) -> Result<f64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Neg(inner) => -eval(inner)?,
        Expr::Bin(l, op, r) => {
            let (a, b) = (eval(l)?, eval(r)?);
            match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' if b == 0.0 => return Err("division by zero".to_string()),
                '/' => a / b,
                _ => unreachable!(),
            }
        }
    })
}

fn run(src: &str) -> Result<(String, f64), String> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0 };
    let ast = p.expr()?;
    if p.pos < p.tokens.len() {
        return Err(format!("trailing input at token {}", p.pos));
    }
    let v = eval(&ast)?;
    Ok((ast.to_string(), v))
}

fn main() {
    let inputs = [
        "1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(3 + 4) * 2", "2 * 3.5 + 0.25",
        "8 / (2 - 2)", "4 + $", "(1 + 2", "1 2", "100 - 99 - 1", "--5",
    ];
    let mut ok = 0;
    for (i, src) in inputs.iter().enumerate() {
        match run(src) {
            Ok((tree, v)) => { ok += 1; println!("{:2}: {:<16} => {:<28} = {}", i, src, tree, v); }
            Err(e) => println!("{:2}: {:<16} => error: {}", i, src, e),
        }
    }
    println!("tokens of '3*(4-1)': {:?}", tokenize("3*(4-1)").unwrap());
    println!("{} of {} expressions evaluated", ok, inputs.len());
}
