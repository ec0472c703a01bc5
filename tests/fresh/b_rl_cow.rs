use std::borrow::Cow;

fn abs_all<'a, 'b>(input: &'a mut Cow<'b, [i32]>) -> &'a mut Cow<'b, [i32]> {
    for i in 0..input.len() {
        let v = input[i];
        if v < 0 {
            input.to_mut()[i] = -v;
        }
    }
    input
}

fn normalize_whitespace(s: &str) -> Cow<'_, str> {
    if s.contains(|c: char| c == '\t' || c == '\n') || s.contains("  ") {
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        Cow::Owned(joined)
    } else {
        Cow::Borrowed(s)
    }
}

fn describe(c: &Cow<'_, str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn escape_html(input: &str) -> Cow<str> {
    if !input.contains(['<', '>', '&']) {
        return input.into();
    }
    let mut out = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out.into()
}

fn main() {
    let slice = [0, 1, 2];
    let mut input = Cow::from(&slice[..]);
    match abs_all(&mut input) {
        Cow::Borrowed(b) => println!("no mutation needed: {:?}", b),
        _ => println!("unexpected"),
    }

    let slice = [-1, 0, 1];
    let mut input = Cow::from(&slice[..]);
    match abs_all(&mut input) {
        Cow::Owned(o) => println!("cloned and mutated: {:?}", o),
        _ => println!("unexpected"),
    }

    let vec = vec![-1, 0, 1];
    let mut input: Cow<[i32]> = Cow::from(vec);
    abs_all(&mut input);
    println!("already owned: {:?} is_owned={}", input, matches!(input, Cow::Owned(_)));

    for s in ["hello world", "hello   world", "tab\tseparated\nlines", "  leading"] {
        let n = normalize_whitespace(s);
        println!("{:<24} -> {:<22} ({})", format!("{:?}", s), format!("{:?}", n), describe(&n));
    }

    for s in ["plain text", "a < b && c > d", "<b>bold</b>"] {
        let e = escape_html(s);
        println!("{} [{}] len {}", e, describe(&e), e.len());
    }
    let owned: String = escape_html("x<y").into_owned();
    println!("into_owned: {}", owned);
}
