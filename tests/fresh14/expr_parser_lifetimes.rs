use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> { Num(i64), Ident(&'a str), Op(char), LParen, RParen }

struct Lexer<'a> { input: &'a str, pos: usize }

impl<'a> Lexer<'a> {
    fn new(input: &'a str) -> Self { Lexer { input, pos: 0 } }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Tok<'a>;
    fn next(&mut self) -> Option<Tok<'a>> {
        let bytes = self.input.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos] == b' ' { self.pos += 1; }
        if self.pos >= bytes.len() { return None; }
        let start = self.pos;
        let c = bytes[self.pos] as char;
        if c.is_ascii_digit() {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_digit() { self.pos += 1; }
            return Some(Tok::Num(self.input[start..self.pos].parse().unwrap()));
        }
        if c.is_ascii_alphabetic() {
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_alphanumeric() { self.pos += 1; }
            return Some(Tok::Ident(&self.input[start..self.pos]));
        }
        self.pos += 1;
        Some(match c { '(' => Tok::LParen, ')' => Tok::RParen, o => Tok::Op(o) })
    }
}

enum Expr<'a> { Num(i64), Var(&'a str), Bin(char, Box<Expr<'a>>, Box<Expr<'a>>) }

impl<'a> fmt::Display for Expr<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::Bin(op, l, r) => write!(f, "({} {} {})", op, l, r),
        }
    }
}

struct Parser<'a> { toks: std::iter::Peekable<Lexer<'a>> }

impl<'a> Parser<'a> {
    fn expr(&mut self) -> Expr<'a> {
        let mut lhs = self.term();
        while let Some(Tok::Op(op)) = self.toks.peek().cloned() {
            if !matches!(op, '+' | '-') { break; }
            self.toks.next();
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(self.term()));
        }
        lhs
    }
    fn term(&mut self) -> Expr<'a> {
        let mut lhs = self.atom();
        while let Some(Tok::Op(op)) = self.toks.peek().cloned() {
            if !matches!(op, '*' | '/' | '%') { break; }
            self.toks.next();
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(self.atom()));
        }
        lhs
    }
    fn atom(&mut self) -> Expr<'a> {
        match self.toks.next() {
            Some(Tok::Num(n)) => Expr::Num(n),
            Some(Tok::Ident(s)) => Expr::Var(s),
            Some(Tok::LParen) => { let e = self.expr(); assert_eq!(self.toks.next(), Some(Tok::RParen)); e }
            Some(Tok::Op('-')) => Expr::Bin('-', Box::new(Expr::Num(0)), Box::new(self.atom())),
            t => panic!("unexpected {:?}", t),
        }
    }
}

fn eval(e: &Expr, env: &dyn Fn(&str) -> i64) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => env(v),
        Expr::Bin(op, l, r) => {
            let (a, b) = (eval(l, env), eval(r, env));
            match op { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, '%' => a % b, _ => unreachable!() }
        }
    }
}

fn main() {
    let srcs = ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 2 * x + 1", "-(y + 4) % 5", "100 / (x + y) - z"];
    let env = |name: &str| -> i64 { match name { "x" => 7, "y" => 3, "z" => -2, _ => 0 } };
    for s in srcs.iter() {
        let toks: Vec<Tok> = Lexer::new(s).collect();
        let mut p = Parser { toks: Lexer::new(s).peekable() };
        let e = p.expr();
        println!("{:<22} tokens={:>2} tree={:<32} = {}", s, toks.len(), e.to_string(), eval(&e, &env));
    }
    let idents: Vec<&str> = srcs.iter().flat_map(|s| Lexer::new(s))
        .filter_map(|t| if let Tok::Ident(i) = t { Some(i) } else { None }).collect();
    println!("idents: {:?}", idents);
}
