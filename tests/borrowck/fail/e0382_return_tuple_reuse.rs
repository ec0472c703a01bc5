#[derive(Debug)]
struct Token {
    kind: String,
    text: String,
}

fn classify(t: Token) -> (bool, Token) {
    (t.kind == "ident", t)
}

fn main() {
    let tok = Token { kind: "ident".to_string(), text: "foo".to_string() };
    let (is_ident, _) = classify(tok);
    println!("ident? {}", is_ident);
    println!("text = {}", tok.text);
}
