use std::collections::HashMap;
use std::fmt::Write;

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Text(&'a str),
    Var { name: &'a str, filter: Option<&'a str> },
}

fn tokenize(tpl: &str) -> Result<Vec<Token<'_>>, String> {
    let mut tokens = Vec::new();
    let mut rest = tpl;
    let mut offset = 0;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            tokens.push(Token::Text(&rest[..start]));
        }
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| format!("unclosed tag at byte {}", offset + start))?;
        let inner = after[..end].trim();
        let (name, filter) = match inner.split_once('|') {
            Some((n, f)) => (n.trim(), Some(f.trim())),
            None => (inner, None),
        };
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            return Err(format!("bad variable name {:?}", name));
        }
        tokens.push(Token::Var { name, filter });
        let consumed = start + 2 + end + 2;
        offset += consumed;
        rest = &rest[consumed..];
    }
    if !rest.is_empty() {
        tokens.push(Token::Text(rest));
    }
    Ok(tokens)
}

fn apply_filter(value: &str, filter: Option<&str>) -> Result<String, String> {
    Ok(match filter {
        None => value.to_string(),
        Some("upper") => value.to_uppercase(),
        Some("lower") => value.to_lowercase(),
        Some("title") => value
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<String>>()
            .join(" "),
        Some("money") => {
            let v: f64 = value.parse().map_err(|e| format!("money filter on {:?}: {}", value, e))?;
            format!("${:>10.2}", v)
        }
        Some(f) if f.starts_with("pad") => {
            let n: usize = f[3..].parse().map_err(|_| format!("bad pad width in {:?}", f))?;
            format!("{:<n$}|", value, n = n)
        }
        Some(other) => return Err(format!("unknown filter {}", other)),
    })
}

fn render(tpl: &str, ctx: &HashMap<&str, String>) -> Result<String, String> {
    let mut out = String::new();
    for tok in tokenize(tpl)? {
        match tok {
            Token::Text(t) => out.push_str(t),
            Token::Var { name, filter } => {
                let v = ctx.get(name).map(String::as_str).unwrap_or("");
                write!(out, "{}", apply_filter(v, filter)?).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(out)
}

fn main() {
    let mut ctx: HashMap<&str, String> = HashMap::new();
    ctx.insert("name", "ada LOVELACE".into());
    ctx.insert("total", format!("{}", 1234.5f64));
    ctx.insert("item", "analytical engine".into());
    ctx.insert("count", 3.to_string());

    let templates = [
        "Dear {{ name | title }}, you ordered {{count}}x {{ item|upper }}.",
        "Total: {{ total | money }} ({{ name|lower }})",
        "[{{ item | pad20 }}] [{{ missing | pad5 }}]",
        "Broken {{ name ",
        "Bad {{ na-me }}",
        "Oops {{ item | shout }}",
        "Money {{ name | money }}",
        "No tags at all",
    ];
    for (i, t) in templates.iter().enumerate() {
        match render(t, &ctx) {
            Ok(s) => println!("#{} ok : {}", i, s),
            Err(e) => println!("#{} err: {}", i, e),
        }
    }
    println!("{:?}", tokenize("a{{b|c}}d").unwrap());

    let who = "world";
    let n = 3;
    println!("{{literal}} braces, {who}, {0} {1} {0}, {n:>4}, {x:?}", "p0", "p1", x = (who, n));
    println!("{0:-^w$} {name:+.prec$} {{{1}}} {1:>03}", "mid", 7, name = 2.0f64 / 3.0, w = 9, prec = 3);
    let greeting = "hello hello hello";
    println!("{} | {} | {}", greeting.replace("hello", "bye"), greeting.replacen("hello", "bye", 2), greeting.replacen('l', "L", 3));
    let csv_row = ["a", "b,c", "d\"e"].iter().map(|f| if f.contains([',', '"']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.to_string() }).collect::<Vec<_>>().join(",");
    println!("csv: {}", csv_row);
    let mut keys: Vec<_> = ctx.keys().copied().collect();
    keys.sort_unstable();
    println!("context keys: {}", keys.join(", "));
}
