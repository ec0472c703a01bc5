// Tokenizer producing Vec<Token> with Display, then a tiny evaluator with function calls (min, max, abs).
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
    Comma,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Num(n) => write!(f, "{}", n),
            Token::Ident(s) => write!(f, "{}", s),
            Token::Op(c) => write!(f, "{}", c),
            Token::LParen => f.write_str("("),
            Token::RParen => f.write_str(")"),
            Token::Comma => f.write_str(","),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit() || **d == '.') {
                    s.push(d);
                    chars.next();
                }
                out.push(Token::Num(s.parse().map_err(|e| format!("bad number {:?}: {}", s, e))?));
            }
            'a'..='z' | 'A'..='Z' => {
                let mut s = String::new();
                while let Some(d) = chars.next_if(|d| d.is_alphanumeric()) {
                    s.push(d);
                }
                out.push(Token::Ident(s.to_lowercase()));
            }
            '+' | '-' | '*' | '/' => {
                out.push(Token::Op(c));
                chars.next();
            }
            '(' => { chars.next(); out.push(Token::LParen); }
            ')' => { chars.next(); out.push(Token::RParen); }
            ',' => { chars.next(); out.push(Token::Comma); }
            other => return Err(format!("unexpected character {:?}", other)),
        }
    }
    Ok(out)
}

struct P {
    toks: Vec<Token>,
    pos: usize,
}

impl P {
    fn next(&mut self) -> Option<Token> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }
    fn expr(&mut self) -> f64 {
        let mut v = self.term();
        while let Some(Token::Op(op @ ('+' | '-'))) = self.peek().cloned() {
            self.pos += 1;
            let r = self.term();
            if op == '+' { v += r } else { v -= r }
        }
        v
    }
    fn term(&mut self) -> f64 {
        let mut v = self.atom();
        while let Some(Token::Op(op @ ('*' | '/'))) = self.peek().cloned() {
            self.pos += 1;
            let r = self.atom();
            if op == '*' { v *= r } else { v /= r }
        }
        v
    }
    fn atom(&mut self) -> f64 {
        match self.next() {
            Some(Token::Num(n)) => n,
            Some(Token::Op('-')) => -self.atom(),
            Some(Token::LParen) => {
                let v = self.expr();
                self.next();
                v
            }
            Some(Token::Ident(name)) => {
                self.next(); // (
                let mut args = vec![self.expr()];
                while self.next() == Some(Token::Comma) {
                    args.push(self.expr());
                }
                match name.as_str() {
                    "min" => args.iter().cloned().fold(f64::INFINITY, f64::min),
                    "max" => args.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
                    "abs" => args[0].abs(),
                    "sqrt" => args[0].sqrt(),
                    _ => f64::NAN,
                }
            }
            _ => f64::NAN,
        }
    }
}

fn main() {
    let inputs = ["max(1, 7, 3) * 2", "MIN(4, sqrt(9)) - abs(-2.5)", "1.5.2 + 1", "3 # 4", "(2+3)*(4-1)/5", "foo(1)"];
    for src in inputs {
        match tokenize(src) {
            Ok(toks) => {
                let shown: Vec<String> = toks.iter().map(|t| t.to_string()).collect();
                let value = P { toks, pos: 0 }.expr();
                println!("{:<30} tokens=[{}] value={}", src, shown.join(" "), value);
            }
            Err(e) => println!("{:<30} error: {}", src, e),
        }
    }
    let toks = tokenize("a + 2 * b").unwrap();
    let idents = toks.iter().filter(|t| matches!(t, Token::Ident(_))).count();
    println!("{:?}\nidentifiers: {}", toks, idents);
}
