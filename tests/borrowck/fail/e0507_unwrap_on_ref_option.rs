struct Session {
    token: Option<String>,
}

fn token_of(s: &Session) -> String {
    s.token.unwrap()
}

fn main() {
    let s = Session { token: Some(String::from("abc123")) };
    println!("{}", token_of(&s));
}
