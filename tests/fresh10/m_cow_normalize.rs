use std::borrow::Cow;

fn normalize_ws(input: &str) -> Cow<'_, str> {
    if input.contains("  ") || input.contains('\t') {
        let mut out = String::with_capacity(input.len());
        let mut prev_space = false;
        for ch in input.chars() {
            let is_space = ch == ' ' || ch == '\t';
            if is_space {
                if !prev_space {
                    out.push(' ');
                }
            } else {
                out.push(ch);
            }
            prev_space = is_space;
        }
        Cow::Owned(out)
    } else {
        Cow::Borrowed(input)
    }
}

fn escape_html(input: &str) -> Cow<'_, str> {
    if !input.contains(['<', '>', '&']) {
        return Cow::Borrowed(input);
    }
    let mut s = String::new();
    for ch in input.chars() {
        match ch {
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '&' => s.push_str("&amp;"),
            c => s.push(c),
        }
    }
    Cow::Owned(s)
}

fn kind<T: ?Sized + ToOwned>(c: &Cow<'_, T>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "Borrowed",
        Cow::Owned(_) => "Owned",
    }
}

fn main() {
    let inputs = ["plain text", "too  many   spaces", "tab\there", "a<b & c>d", "ok"];
    let mut owned_count = 0;
    for inp in inputs {
        let n = normalize_ws(inp);
        let e = escape_html(&n);
        let final_kind = kind(&e);
        if matches!(n, Cow::Owned(_)) || matches!(e, Cow::Owned(_)) {
            owned_count += 1;
        }
        println!("{:<20?} ws={:<8} html={:<8} -> {:?}", inp, kind(&n), final_kind, e);
    }
    println!("{} of {} inputs needed an allocation", owned_count, inputs.len());

    println!("-- to_mut clones only once --");
    let source = String::from("hello");
    let mut c: Cow<str> = Cow::Borrowed(&source);
    println!("start {}", kind(&c));
    c.to_mut().push_str(" world");
    println!("after first to_mut {} -> {:?}", kind(&c), c);
    c.to_mut().make_ascii_uppercase();
    println!("after second to_mut {} -> {:?}", kind(&c), c);
    println!("source untouched: {:?}", source);

    println!("-- into_owned --");
    let b: Cow<str> = Cow::Borrowed("static");
    let s1: String = b.into_owned(); // allocates a copy
    let o: Cow<str> = Cow::Owned(String::from("already owned"));
    let s2: String = o.into_owned(); // just moves the String out
    println!("s1={:?} cap={} s2={:?}", s1, s1.capacity(), s2);

    println!("-- Cow in a struct --");
    struct Header<'a> {
        key: Cow<'a, str>,
        value: Cow<'a, str>,
    }
    let dynamic = format!("len-{}", 42);
    let headers = vec![
        Header { key: "Host".into(), value: "example.org".into() },
        Header { key: "X-Id".into(), value: dynamic.into() },
    ];
    for h in &headers {
        println!("{}: {} (key {}, value {})", h.key, h.value, kind(&h.key), kind(&h.value));
    }
    println!("size_of Cow<str> = {}", std::mem::size_of::<Cow<str>>());
    println!("size_of Cow<[u8]> = {}", std::mem::size_of::<Cow<[u8]>>());
}
