use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug)]
enum CalcError {
    BadChar(char, usize),
    UnexpectedEnd,
    Unexpected(Token),
    Trailing(Token),
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::BadChar(c, i) => write!(f, "bad character '{}' at {}", c, i),
            CalcError::UnexpectedEnd => write!(f, "unexpected end of input"),
            CalcError::Unexpected(t) => write!(f, "unexpected token {:?}", t),
            CalcError::Trailing(t) => write!(f, "trailing token {:?}", t),
        }
    }
}

fn number(first: char, chars: &mut Peekable<Chars>) -> f64 {
    let mut s = String::from(first);
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() || c == '.' {
            s.push(c);
            chars.next();
        } else {
            break;
        }
    }
    s.parse().unwrap()
}

fn tokenize(src: &str) -> Result<Vec<Token>, CalcError> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    let mut pos = 0;
    while let Some(c) = chars.next() {
        match c {
            ' ' => {}
            '0'..='9' | '.' => out.push(Token::Num(number(c, &mut chars))),
            '+' | '-' | '*' | '/' | '^' => out.push(Token::Op(c)),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            _ => return Err(CalcError::BadChar(c, pos)),
        }
        pos += 1;
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }
    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn expr(&mut self, min_prec: u8) -> Result<f64, CalcError> {
        let mut lhs = match self.next().ok_or(CalcError::UnexpectedEnd)? {
            Token::Num(n) => n,
            Token::Op('-') => -self.expr(3)?,
            Token::LParen => {
                let v = self.expr(0)?;
                match self.next() {
                    Some(Token::RParen) => v,
                    Some(t) => return Err(CalcError::Unexpected(t)),
                    None => return Err(CalcError::UnexpectedEnd),
                }
            }
            t => return Err(CalcError::Unexpected(t)),
        };
        while let Some(Token::Op(op)) = self.peek().cloned() {
            let (prec, right) = match op {
                '+' | '-' => (1, false),
                '*' | '/' => (2, false),
                _ => (4, true),
            };
            if prec < min_prec {
                break;
            }
            self.next();
            let rhs = self.expr(if right { prec } else { prec + 1 })?;
            lhs = match op {
                '+' => lhs + rhs,
                '-' => lhs - rhs,
                '*' => lhs * rhs,
                '/' => lhs / rhs,
                _ => lhs.powf(rhs),
            };
        }
        Ok(lhs)
    }
}

fn eval(src: &str) -> Result<f64, CalcError> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0 };
    let v = p.expr(0)?;
    match p.next() {
        None => Ok(v),
        Some(t) => Err(CalcError::Trailing(t)),
    }
}

fn main() {
    let exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + (4 - 1)) / 0.5", "1 / 0", "0 / 0 + 1",
                 "3 + ", "2 $ 3", "(1 + 2", "1 2", "-(2 + 3) * -2", "10 - 4 - 3", "1.5e3"];
    for e in exprs {
        match eval(e) {
            Ok(v) => println!("{:<26} = {}", e, v),
            Err(err) => println!("{:<26} ! {}", e, err),
        }
    }
    println!("{:?}", tokenize("12.5*(3-x)").map_err(|e| e.to_string()));
    println!("{:?}", tokenize("(7)"));
}
