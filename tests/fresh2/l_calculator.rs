use std::iter::Peekable;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(input: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' => {
                chars.next();
            }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() || d == '.' {
                        s.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                let n = s.parse::<f64>().map_err(|e| format!("bad number '{s}': {e}"))?;
                tokens.push(Token::Num(n));
            }
            '+' | '-' | '*' | '/' | '^' | '%' => {
                tokens.push(Token::Op(c));
                chars.next();
            }
            '(' => {
                tokens.push(Token::LParen);
                chars.next();
            }
            ')' => {
                tokens.push(Token::RParen);
                chars.next();
            }
            other => return Err(format!("unexpected character '{other}'")),
        }
    }
    Ok(tokens)
}

// Recursive descent over the token stream.
struct Parser {
    tokens: Peekable<std::vec::IntoIter<Token>>,
}

impl Parser {
    fn new(tokens: Vec<Token>) -> Self {
        Parser { tokens: tokens.into_iter().peekable() }
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> Result<f64, String> {
        let mut value = self.term()?;
        while let Some(&Token::Op(op @ ('+' | '-'))) = self.tokens.peek() {
            self.tokens.next();
            let rhs = self.term()?;
            if op == '+' { value += rhs } else { value -= rhs }
        }
        Ok(value)
    }

    // term := factor (('*' | '/' | '%') factor)*
    fn term(&mut self) -> Result<f64, String> {
        let mut value = self.factor()?;
        loop {
            match self.tokens.peek() {
                Some(Token::Op('*')) => {
                    self.tokens.next();
                    value *= self.factor()?;
                }
                Some(&Token::Op(c @ ('/' | '%'))) => {
                    self.tokens.next();
                    let d = self.factor()?;
                    if d == 0.0 {
                        return Err("division by zero".to_string());
                    }
                    value = if c == '/' { value / d } else { value % d };
                }
                _ => break Ok(value),
            }
        }
    }

    // factor := unary ('^' factor)?   (right associative)
    fn factor(&mut self) -> Result<f64, String> {
        let base = self.unary()?;
        if self.tokens.next_if_eq(&Token::Op('^')).is_some() {
            let exp = self.factor()?;
            return Ok(base.powf(exp));
        }
        Ok(base)
    }

    fn unary(&mut self) -> Result<f64, String> {
        match self.tokens.next() {
            Some(Token::Op('-')) => Ok(-self.unary()?),
            Some(Token::Num(n)) => Ok(n),
            Some(Token::LParen) => {
                let v = self.expr()?;
                match self.tokens.next() {
                    Some(Token::RParen) => Ok(v),
                    _ => Err("missing ')'".into()),
                }
            }
            Some(t) => Err(format!("unexpected {t:?}")),
            None => Err("unexpected end of input".into()),
        }
    }
}

fn evaluate(src: &str) -> Result<f64, String> {
    let tokens = tokenize(src)?;
    let mut p = Parser::new(tokens);
    let v = p.expr()?;
    match p.tokens.next() {
        None => Ok(v),
        Some(t) => Err(format!("trailing {t:?}")),
    }
}

fn main() {
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 + 0.5", "-(2 + 3) * -2",
                  "1 / 0", "2 * (3 + 4", "3 + abc", "1.2.3 + 1", "", "10 - 2 - 3", "((((5))))", "2 3", "4 ^ 0.5 * -(1)", "+1"];
    for src in inputs {
        let toks = tokenize(src).map_or(0, |t| t.len());
        match evaluate(src) {
            Ok(v) => println!("{src:<16} = {v:<10} [{toks} tokens]"),
            Err(e) => println!("{src:<16} ! {e:<40} [{toks} tokens]"),
        }
    }
    println!("{:?}", tokenize("3*(4-1.5)").unwrap());
}
