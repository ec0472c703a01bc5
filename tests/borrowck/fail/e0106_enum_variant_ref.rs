#[derive(Debug)]
enum Token {
    Word(&str),
    Number(i64),
}

fn main() {
    let t = Token::Word("let");
    let n = Token::Number(4);
    println!("{:?} {:?}", t, n);
}
