// A small tokenizer state machine that hits unreachable! on an impossible state.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Start,
    InNumber,
    InIdent,
}

fn classify(c: char) -> u8 {
    match c {
        '0'..='9' => 0,
        'a'..='z' | 'A'..='Z' | '_' => 1,
        '+' | '-' | '*' | '/' | '(' | ')' => 2,
        ' ' => 3,
        _ => 4,
    }
}

fn tokenize(src: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut state = State::Start;
    let mut buf = String::new();
    let chars: Vec<char> = src.chars().chain(std::iter::once(' ')).collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let class = classify(c);
        match (state, class) {
            (State::Start, 0) => { buf.push(c); state = State::InNumber; }
            (State::Start, 1) => { buf.push(c); state = State::InIdent; }
            (State::Start, 2) => out.push(match c {
                '(' => Token::LParen,
                ')' => Token::RParen,
                op => Token::Op(op),
            }),
            (State::Start, 3) => {}
            (State::InNumber, 0) | (State::InIdent, 0 | 1) => buf.push(c),
            (State::InNumber, _) => {
                out.push(Token::Num(buf.parse().unwrap()));
                buf.clear();
                state = State::Start;
                continue;
            }
            (State::InIdent, _) => {
                out.push(Token::Ident(std::mem::take(&mut buf)));
                state = State::Start;
                continue;
            }
            (s, k) => unreachable!("state {:?} got class {} for {:?} at {}", s, k, c, i),
        }
        i += 1;
    }
    out
}

fn eval_rpn(tokens: &[Token]) -> Option<i64> {
    let mut stack: Vec<i64> = Vec::new();
    for t in tokens {
        match t {
            Token::Num(n) => stack.push(*n),
            Token::Op(op) => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(match op {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' => a.checked_div(b)?,
                    _ => return None,
                });
            }
            _ => return None,
        }
    }
    if stack.len() == 1 { stack.pop() } else { None }
}

fn main() {
    for src in ["12 + foo_1*(3-x)", "  abc123 42", "3 4 + 2 *", "8 0 /", "1 2 3"] {
        let toks = tokenize(src);
        println!("{:?}", toks);
        println!("  rpn = {:?}", eval_rpn(&toks));
    }
    let idents = tokenize("a + b * c").iter().filter(|t| matches!(t, Token::Ident(_))).count();
    println!("idents: {}", idents);
    println!("{:?}", tokenize("price = 10"));
}
