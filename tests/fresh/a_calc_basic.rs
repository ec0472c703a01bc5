// Recursive-descent calculator over chars().peekable(): + - * / ^, parentheses, unary minus.
use std::iter::Peekable;
use std::str::Chars;

struct Parser<'a> {
    chars: Peekable<Chars<'a>>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser { chars: src.chars().peekable() }
    }

    fn skip_ws(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.chars.next();
        }
    }

    fn eat(&mut self, expected: char) -> bool {
        self.skip_ws();
        if self.chars.peek() == Some(&expected) {
            self.chars.next();
            true
        } else {
            false
        }
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> f64 {
        let mut v = self.term();
        loop {
            if self.eat('+') {
                v += self.term();
            } else if self.eat('-') {
                v -= self.term();
            } else {
                return v;
            }
        }
    }

    // term := power (('*' | '/') power)*
    fn term(&mut self) -> f64 {
        let mut v = self.power();
        loop {
            if self.eat('*') {
                v *= self.power();
            } else if self.eat('/') {
                v /= self.power();
            } else {
                return v;
            }
        }
    }

    // power := unary ('^' power)?
    fn power(&mut self) -> f64 {
        let base = self.unary();
        if self.eat('^') { base.powf(self.power()) } else { base }
    }

    fn unary(&mut self) -> f64 {
        if self.eat('-') { -self.unary() } else { self.atom() }
    }

    fn atom(&mut self) -> f64 {
        if self.eat('(') {
            let v = self.expr();
            self.eat(')');
            return v;
        }
        self.skip_ws();
        let mut s = String::new();
        while let Some(&c) = self.chars.peek() {
            if c.is_ascii_digit() || c == '.' {
                s.push(c);
                self.chars.next();
            } else {
                break;
            }
        }
        s.parse().unwrap_or(f64::NAN)
    }
}

fn eval(src: &str) -> f64 {
    Parser::new(src).expr()
}

fn main() {
    let cases = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "10 / 4 - 0.5",
        "((((7))))",
        "3.5 * (2 - -1.5)",
        "1 / 0",
        "2 * (3 + 4) * (5 - 1) / 7",
        "0.1 + 0.2",
        "abc",
    ];
    for c in cases.iter() {
        let v = eval(c);
        let shown = if v.is_nan() {
            "NaN".to_string()
        } else if v.is_infinite() {
            format!("{}inf", if v < 0.0 { "-" } else { "" })
        } else if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{}", v)
        };
        println!("{:<28} = {:>20}", c, shown);
    }
    let total: f64 = cases.iter().map(|c| eval(c)).filter(|v| v.is_finite()).sum();
    println!("sum of finite results: {:.6}", total);
}
