// Cow<'a, str> to avoid allocation when no change is needed.
use std::borrow::Cow;
use std::collections::BTreeMap;

fn normalize_ws(s: &str) -> Cow<'_, str> {
    if s.contains("  ") || s.contains('\t') || s.starts_with(' ') || s.ends_with(' ') {
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        Cow::Owned(joined)
    } else {
        Cow::Borrowed(s)
    }
}

fn escape_html<'a>(s: &'a str) -> Cow<'a, str> {
    if !s.contains(['<', '>', '&']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn strip_prefix_cow<'a>(s: Cow<'a, str>, prefix: &str) -> Cow<'a, str> {
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.strip_prefix(prefix).unwrap_or(b)),
        Cow::Owned(o) => match o.strip_prefix(prefix) {
            Some(rest) => Cow::Owned(rest.to_string()),
            None => Cow::Owned(o),
        },
    }
}

fn kind(c: &Cow<str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    let inputs = vec![
        "plain text".to_string(),
        "  padded   value ".to_string(),
        "a < b && c > d".to_string(),
        "> quoted\tline".to_string(),
        "> already clean".to_string(),
    ];
    let mut stats: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut results: Vec<Cow<str>> = Vec::new();
    for s in &inputs {
        let n = normalize_ws(s);
        let e = match n {
            Cow::Borrowed(b) => escape_html(b),
            Cow::Owned(o) => Cow::Owned(escape_html(&o).into_owned()),
        };
        let p = strip_prefix_cow(e, "&gt; ");
        *stats.entry(kind(&p)).or_insert(0) += 1;
        println!("{:<22} -> {:<28} ({})", format!("{:?}", s), format!("{:?}", p), kind(&p));
        results.push(p);
    }
    println!("stats: {:?}", stats);
    let trimmed = strip_prefix_cow(Cow::Borrowed(inputs[0].as_str()), "plain ");
    println!("borrowed strip: {:?} ({})", trimmed, kind(&trimmed));

    let mut first = results.remove(0);
    println!("before to_mut: {}", kind(&first));
    first.to_mut().push_str(" (edited)");
    println!("after to_mut: {} = {}", kind(&first), first);

    let total_len: usize = results.iter().map(|c| c.len()).sum();
    let longest = results.iter().max_by_key(|c| c.len()).map(|c| c.as_ref());
    println!("total len {} longest {:?}", total_len, longest);

    let owned: Vec<String> = results.into_iter().map(Cow::into_owned).collect();
    println!("owned: {:?}", owned);
    let name: Cow<str> = Cow::from("static");
    let built: Cow<str> = Cow::from(format!("{}-{}", name, owned.len()));
    println!("{} {} {}", name, built, kind(&built));
}
