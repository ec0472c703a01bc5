use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum ForthError {
    DivisionByZero,
    StackUnderflow,
    UnknownWord(String),
    InvalidWord,
}

impl fmt::Display for ForthError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ForthError::DivisionByZero => write!(f, "division by zero"),
            ForthError::StackUnderflow => write!(f, "stack underflow"),
            ForthError::UnknownWord(w) => write!(f, "unknown word `{}`", w),
            ForthError::InvalidWord => write!(f, "invalid word definition"),
        }
    }
}

impl std::error::Error for ForthError {}

type Result<T> = std::result::Result<T, ForthError>;

#[derive(Default)]
struct Forth {
    stack: Vec<i32>,
    words: HashMap<String, Vec<String>>,
}

impl Forth {
    fn pop(&mut self) -> Result<i32> {
        self.stack.pop().ok_or(ForthError::StackUnderflow)
    }

    fn binary(&mut self, op: impl Fn(i32, i32) -> Result<i32>) -> Result<()> {
        let b = self.pop()?;
        let a = self.pop()?;
        self.stack.push(op(a, b)?);
        Ok(())
    }

    fn eval(&mut self, input: &str) -> Result<()> {
        let mut tokens = input.split_whitespace().map(str::to_lowercase);
        while let Some(tok) = tokens.next() {
            if tok == ":" {
                let name = tokens.next().ok_or(ForthError::InvalidWord)?;
                if name.parse::<i32>().is_ok() {
                    return Err(ForthError::InvalidWord);
                }
                let mut body = Vec::new();
                loop {
                    match tokens.next() {
                        Some(t) if t == ";" => break,
                        Some(t) => body.extend(self.words.get(&t).cloned().unwrap_or_else(|| vec![t])),
                        None => return Err(ForthError::InvalidWord),
                    }
                }
                self.words.insert(name, body);
            } else {
                self.exec(&tok)?;
            }
        }
        Ok(())
    }

    fn exec(&mut self, tok: &str) -> Result<()> {
        if let Some(body) = self.words.get(tok).cloned() {
            return body.iter().try_for_each(|t| self.exec(t));
        }
        if let Ok(n) = tok.parse::<i32>() {
            self.stack.push(n);
            return Ok(());
        }
        match tok {
            "+" => self.binary(|a, b| Ok(a.wrapping_add(b))),
            "-" => self.binary(|a, b| Ok(a.wrapping_sub(b))),
            "*" => self.binary(|a, b| Ok(a.wrapping_mul(b))),
            "/" => self.binary(|a, b| a.checked_div(b).ok_or(ForthError::DivisionByZero)),
            "dup" => { let a = self.pop()?; self.stack.extend([a, a]); Ok(()) }
            "drop" => self.pop().map(|_| ()),
            "swap" => { let b = self.pop()?; let a = self.pop()?; self.stack.extend([b, a]); Ok(()) }
            "over" => { let b = self.pop()?; let a = self.pop()?; self.stack.extend([a, b, a]); Ok(()) }
            other => Err(ForthError::UnknownWord(other.to_string())),
        }
    }
}

fn main() {
    let programs = [
        "1 2 3 4 5",
        "1 2 + 4 * 3 -",
        "12 3 / 8 3 /",
        "1 dup 2 swap over drop",
        ": double 2 * ; : quad double double ; 5 quad",
        ": foo 5 ; : bar foo ; : foo 6 ; bar foo",
        ": swap dup ; 1 swap",
        "1 0 /",
        "1 +",
        ": 1 2 ;",
        ": broken 1 2",
        "2147483647 1 +",
        "3 4 frobnicate",
    ];
    for p in programs {
        let mut f = Forth::default();
        let result = f.eval(p);
        let shown = match &result {
            Ok(()) => "ok".to_string(),
            Err(e) => format!("error: {}", e),
        };
        println!("{:<45} => {:<28} stack {:?}", p, shown, f.stack);
    }

    let mut session = Forth::default();
    for line in [": sq dup * ;", ": cube dup sq * ;", "3 cube 2 sq +", "DUP +"] {
        session.eval(line).expect("session line");
        println!("after {:<20} stack={:?}", line, session.stack);
    }
    let mut defined: Vec<(&String, usize)> = session.words.iter().map(|(k, v)| (k, v.len())).collect();
    defined.sort();
    println!("defined words: {:?}", defined);
    println!("last error debug: {:?}", Forth::default().eval("drop").unwrap_err());
    session.eval("10 0 /").expect("final program should run");
}
