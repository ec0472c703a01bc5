fn main() {
    let src = "12+345-6";
    let mut chars = src.chars().peekable();
    let mut tokens: Vec<String> = Vec::new();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut num = String::new();
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                num.push(d);
                chars.next();
            }
            tokens.push(num);
        } else {
            tokens.push(c.to_string());
            chars.next();
        }
    }
    println!("{:?}", tokens);
}
