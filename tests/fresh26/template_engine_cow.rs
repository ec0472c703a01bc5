use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write;

#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Var { name: &'a str, filters: Vec<&'a str>, default: Option<&'a str> },
}

fn parse(tpl: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = tpl;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| format!("unclosed tag at byte {}", tpl.len() - rest.len() + start))?;
        let inner = after[..end].trim();
        let (expr, default) = match inner.split_once("??") {
            Some((e, d)) => (e.trim(), Some(d.trim())),
            None => (inner, None),
        };
        let mut parts = expr.split('|').map(str::trim);
        let name = parts.next().filter(|n| !n.is_empty()).ok_or("empty tag")?;
        out.push(Piece::Var { name, filters: parts.collect(), default });
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    Ok(out)
}

fn escape_html(s: &str) -> Cow<'_, str> {
    if !s.contains(['<', '>', '&', '"']) {
        return Cow::Borrowed(s);
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    Cow::Owned(o)
}

fn apply_filter<'a>(v: Cow<'a, str>, f: &str) -> Result<Cow<'a, str>, String> {
    Ok(match f {
        "upper" if v.chars().any(|c| c.is_lowercase()) => Cow::Owned(v.to_uppercase()),
        "upper" => v,
        "trim" => match v {
            Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
            Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
        },
        "escape" => match v {
            Cow::Borrowed(b) => escape_html(b),
            Cow::Owned(o) => Cow::Owned(escape_html(&o).into_owned()),
        },
        "len" => Cow::Owned(v.chars().count().to_string()),
        other => return Err(format!("unknown filter '{}'", other)),
    })
}

struct Stats { borrowed: usize, owned: usize }

fn render<'a>(pieces: &[Piece<'a>], ctx: &'a HashMap<String, String>, stats: &mut Stats) -> Result<String, String> {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var { name, filters, default } => {
                let base: Cow<str> = match (ctx.get(*name), default) {
                    (Some(v), _) => Cow::Borrowed(v.as_str()),
                    (None, Some(d)) => Cow::Borrowed(*d),
                    (None, None) => return Err(format!("missing variable '{}'", name)),
                };
                let v = filters.iter().try_fold(base, |acc, f| apply_filter(acc, f))?;
                if matches!(v, Cow::Borrowed(_)) { stats.borrowed += 1 } else { stats.owned += 1 }
                write!(out, "{}", v).unwrap();
            }
        }
    }
    Ok(out)
}

fn main() {
    let mut ctx: HashMap<String, String> = HashMap::new();
    ctx.insert("user".into(), "ada lovelace".into());
    ctx.insert("title".into(), "  <Notes & Sketches>  ".into());
    ctx.insert("city".into(), "LONDON".into());
    println!("lookup by &str: {:?}", ctx.get("city"));
    println!("contains 'zip': {}", ctx.contains_key("zip"));

    let templates = [
        "Hello {{ user | upper }} from {{city|upper}}!",
        "Title: {{title|trim|escape}} ({{ title | trim | len }} chars)",
        "Zip: {{ zip ?? n/a }} / {{ zip | upper ?? unknown }}",
        "Raw {{title}}|end",
        "Broken {{ user | reverse }}",
        "Missing {{ country }} here",
        "Unclosed {{ user ",
        "No tags at all",
    ];
    let mut stats = Stats { borrowed: 0, owned: 0 };
    for (i, t) in templates.iter().enumerate() {
        let result = parse(t).and_then(|ps| render(&ps, &ctx, &mut stats));
        match result {
            Ok(s) => println!("[{}] ok  {}", i, s),
            Err(e) => println!("[{}] err {}", i, e),
        }
    }
    println!("borrowed={} owned={}", stats.borrowed, stats.owned);

    let pieces = parse("a{{x|trim??d}}b").unwrap();
    println!("{:?}", pieces);
    let samples = ["plain", "a<b", "x & y"];
    let cows: Vec<Cow<str>> = samples.iter().map(|s| escape_html(s)).collect();
    for c in &cows {
        let kind = match c { Cow::Borrowed(_) => "borrowed", Cow::Owned(_) => "owned" };
        println!("{:>12} {}", c, kind);
    }
    let mut joined = String::new();
    for (i, c) in cows.into_iter().enumerate() {
        let _ = write!(&mut joined, "{}{}", if i > 0 { "," } else { "" }, c.into_owned());
    }
    println!("joined={}", joined);
}
