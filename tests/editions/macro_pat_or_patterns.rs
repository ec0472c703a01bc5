// editions: 2015 2018 2021 2024
// `$p:pat` in macro_rules matches a top-level or-pattern `A | B` only from 2021: the same macro call
// picks a different rule (2015/2018 fall through to the `pat_param | ..` rule).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Plus,
    Minus,
    Star,
    Num(i32),
}

macro_rules! rule_for {
    ($p:pat) => {
        "one pattern"
    };
    ($first:pat_param | $($rest:pat_param)|+) => {
        "alternatives"
    };
}

macro_rules! count_matching {
    ($tokens:expr, $p:pat_param) => {
        $tokens.iter().filter(|t| match t { $p => true, _ => false }).count()
    };
}

fn main() {
    let toks = vec![Token::Num(1), Token::Plus, Token::Num(2), Token::Star, Token::Minus];
    println!("Plus | Minus: {}", rule_for!(Token::Plus | Token::Minus));
    println!("Num(_): {}", rule_for!(Token::Num(_)));
    println!("operators: {}", count_matching!(toks, &Token::Plus));
    println!("numbers: {}", count_matching!(toks, &Token::Num(_)));
}
