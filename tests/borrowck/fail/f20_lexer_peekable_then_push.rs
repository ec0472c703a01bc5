// Tiny lexer: peek at the next token while the token list grows.
#[derive(Debug, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
}

fn main() {
    let mut tokens = vec![Token::Num(4), Token::Plus, Token::Num(7)];
    let mut stream = tokens.iter().peekable();

    tokens.push(Token::Minus);

    let mut acc = 0;
    let mut sign = 1;
    while let Some(tok) = stream.next() {
        match tok {
            Token::Num(n) => acc += sign * n,
            Token::Plus => sign = 1,
            Token::Minus => sign = -1,
        }
        if stream.peek().is_none() {
            println!("end of stream");
        }
    }
    println!("result = {}", acc);
}
