// A tokenizer over &'a str handing out input slices, and a parser borrowing its tokens.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Num(i64),
    Ident(&'a str),
    Op(char),
    LParen,
    RParen,
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn take_while<F: Fn(char) -> bool>(&mut self, pred: F) -> &'a str {
        let rest = self.rest();
        let end = rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Tok<'a>;
    fn next(&mut self) -> Option<Tok<'a>> {
        self.take_while(char::is_whitespace);
        let c = self.rest().chars().next()?;
        if c.is_ascii_digit() {
            let digits = self.take_while(|c| c.is_ascii_digit());
            return Some(Tok::Num(digits.parse().unwrap()));
        }
        if c.is_alphabetic() {
            return Some(Tok::Ident(self.take_while(|c| c.is_alphanumeric() || c == '_')));
        }
        self.pos += c.len_utf8();
        Some(match c {
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            other => Tok::Op(other),
        })
    }
}

struct Parser<'t, 'a> {
    toks: &'t [Tok<'a>],
    i: usize,
    vars: &'t HashMap<&'a str, i64>,
}

impl<'t, 'a> Parser<'t, 'a> {
    fn peek(&self) -> Option<&'t Tok<'a>> {
        self.toks.get(self.i)
    }
    fn expr(&mut self) -> i64 {
        let mut acc = self.term();
        while let Some(Tok::Op(op @ ('+' | '-'))) = self.peek().copied() {
            self.i += 1;
            let rhs = self.term();
            if op == '+' { acc += rhs } else { acc -= rhs }
        }
        acc
    }
    fn term(&mut self) -> i64 {
        let mut acc = self.atom();
        while let Some(&Tok::Op('*')) = self.peek() {
            self.i += 1;
            acc *= self.atom();
        }
        acc
    }
    fn atom(&mut self) -> i64 {
        let t = self.peek().copied();
        self.i += 1;
        match t {
            Some(Tok::Num(n)) => n,
            Some(Tok::Ident(name)) => *self.vars.get(name).unwrap_or(&0),
            Some(Tok::LParen) => {
                let v = self.expr();
                self.i += 1; // skip ')'
                v
            }
            Some(Tok::Op('-')) => -self.atom(),
            _ => 0,
        }
    }
}

fn main() {
    let src = String::from("x * (y + 12) - 3 * -z_1");
    let toks: Vec<Tok> = Lexer { src: &src, pos: 0 }.collect();
    let line: Vec<String> = toks.iter().map(|t| format!("{:?}", t)).collect();
    println!("{}", line.join(" "));
    let idents: Vec<&str> = toks
        .iter()
        .filter_map(|t| if let Tok::Ident(s) = t { Some(*s) } else { None })
        .collect();
    println!("idents: {:?}", idents);
    let mut vars: HashMap<&str, i64> = HashMap::new();
    for (k, name) in idents.iter().enumerate() {
        *vars.entry(name).or_insert(0) += (k as i64 + 2) * 3;
    }
    let mut keys: Vec<_> = vars.iter().collect();
    keys.sort();
    println!("vars: {:?}", keys);
    let mut p = Parser { toks: &toks, i: 0, vars: &vars };
    let v = p.expr();
    println!("value = {}, consumed {} of {}", v, p.i, toks.len());
}
