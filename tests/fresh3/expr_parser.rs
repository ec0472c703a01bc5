use std::error::Error;
use std::fmt;
use std::num::ParseFloatError;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Plus, Minus, Star, Slash, Caret, LParen, RParen }

#[derive(Debug)]
enum CalcError { BadNumber(String, ParseFloatError), UnexpectedChar(char, usize), UnexpectedEnd, Unexpected(Token), DivByZero }

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::BadNumber(s, e) => write!(f, "bad number '{}': {}", s, e),
            CalcError::UnexpectedChar(c, i) => write!(f, "unexpected '{}' at {}", c, i),
            CalcError::UnexpectedEnd => write!(f, "unexpected end of input"),
            CalcError::Unexpected(t) => write!(f, "unexpected token {:?}", t),
            CalcError::DivByZero => f.write_str("division by zero"),
        }
    }
}

impl Error for CalcError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        if let CalcError::BadNumber(_, e) = self { Some(e) } else { None }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, CalcError> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        match c {
            ' ' => { chars.next(); }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_ascii_digit() || d == '.' { s.push(d); chars.next(); } else { break; }
                }
                let v = s.parse::<f64>().map_err(|e| CalcError::BadNumber(s.clone(), e))?;
                out.push(Token::Num(v));
            }
            _ => {
                out.push(match c {
                    '+' => Token::Plus, '-' => Token::Minus, '*' => Token::Star, '/' => Token::Slash,
                    '^' => Token::Caret, '(' => Token::LParen, ')' => Token::RParen,
                    other => return Err(CalcError::UnexpectedChar(other, i)),
                });
                chars.next();
            }
        }
    }
    Ok(out)
}

struct Parser { toks: Vec<Token>, pos: usize }

impl Parser {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.pos) }
    fn next(&mut self) -> Result<Token, CalcError> {
        self.pos += 1;
        self.toks.get(self.pos - 1).cloned().ok_or(CalcError::UnexpectedEnd)
    }
    fn expr(&mut self) -> Result<f64, CalcError> {
        let mut v = self.term()?;
        while let Some(t @ (Token::Plus | Token::Minus)) = self.peek().cloned() {
            self.pos += 1;
            let r = self.term()?;
            if t == Token::Plus { v += r } else { v -= r }
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, CalcError> {
        let mut v = self.power()?;
        loop {
            match self.peek() {
                Some(Token::Star) => { self.pos += 1; v *= self.power()?; }
                Some(Token::Slash) => {
                    self.pos += 1;
                    v /= Some(self.power()?).filter(|d| *d != 0.0).ok_or(CalcError::DivByZero)?;
                }
                _ => return Ok(v),
            }
        }
    }
    fn power(&mut self) -> Result<f64, CalcError> {
        let base = self.atom()?;
        if self.peek() != Some(&Token::Caret) { return Ok(base); }
        self.pos += 1;
        Ok(base.powf(self.power()?))
    }
    fn atom(&mut self) -> Result<f64, CalcError> {
        match self.next()? {
            Token::Num(n) => Ok(n),
            Token::Minus => Ok(-self.atom()?),
            Token::LParen => match (self.expr()?, self.next()?) { (v, Token::RParen) => Ok(v), (_, t) => Err(CalcError::Unexpected(t)) },
            t => Err(CalcError::Unexpected(t)),
        }
    }
}

fn eval(src: &str) -> Result<f64, Box<dyn Error>> {
    let mut p = Parser { toks: tokenize(src)?, pos: 0 };
    let v = p.expr()?;
    if let Some(t) = p.peek() {
        return Err(Box::new(CalcError::Unexpected(t.clone())));
    }
    Ok(v)
}

fn main() {
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 / (3 - 3)", "1.2.3 + 1", "3 $ 4", "(2 + 3", "2 3", "((8))-.5"];
    for s in inputs {
        match eval(s) {
            Ok(v) => println!("{:<14} = {}", s, v),
            Err(e) => println!("{:<14} ! {}{}", s, e, e.source().map(|c| format!(" (caused by: {c})")).unwrap_or_default()),
        }
    }
}
