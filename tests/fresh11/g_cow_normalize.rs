// Cow<'a, str>, functions returning impl Iterator<Item = &'a str> + 'a.
use std::borrow::Cow;

fn normalize_ws<'a>(s: &'a str) -> Cow<'a, str> {
    if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
        let parts: Vec<&str> = s.split_whitespace().collect();
        Cow::Owned(parts.join(" "))
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
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

fn pipeline<'a>(s: &'a str) -> Cow<'a, str> {
    match normalize_ws(s) {
        Cow::Borrowed(b) => escape_html(b),
        Cow::Owned(o) => match escape_html(&o) {
            Cow::Borrowed(_) => Cow::Owned(o),
            Cow::Owned(o2) => Cow::Owned(o2),
        },
    }
}

fn kind(c: &Cow<'_, str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn words_with<'a>(text: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(move |w| !w.is_empty() && w.starts_with(prefix))
}

fn fields<'a>(line: &'a str, sep: char) -> impl Iterator<Item = &'a str> + 'a {
    line.split(sep).map(str::trim).filter(|f| !f.is_empty())
}

struct Config<'a> {
    name: Cow<'a, str>,
    tags: Vec<Cow<'a, str>>,
}

impl<'a> Config<'a> {
    fn from_line(line: &'a str) -> Self {
        let mut it = fields(line, '|');
        let name = it.next().map(normalize_ws).unwrap_or(Cow::Borrowed("anon"));
        let tags = it.map(|t| if t.chars().any(|c| c.is_uppercase()) { Cow::Owned(t.to_lowercase()) } else { Cow::Borrowed(t) }).collect();
        Config { name, tags }
    }
    fn into_owned(self) -> Config<'static> {
        Config {
            name: Cow::Owned(self.name.into_owned()),
            tags: self.tags.into_iter().map(|t| Cow::Owned(t.into_owned())).collect(),
        }
    }
}

fn main() {
    let samples = ["plain text", "two  spaces", "tab\there", "a < b && c", "x  <y>"];
    for s in samples {
        let out = pipeline(s);
        println!("{:<14?} -> {:<22?} [{}]", s, out, kind(&out));
    }

    let mut c = escape_html("safe");
    println!("before to_mut: {}", kind(&c));
    c.to_mut().push_str("!!");
    println!("after to_mut: {} {}", kind(&c), c);

    let text = "rustacean rusty trust rust-lang Rust rustc";
    let ws: Vec<&str> = words_with(text, "rust").collect();
    println!("words with rust: {:?}", ws);
    let count = words_with(text, "r").count();
    println!("count r*: {}", count);

    let owned: Config<'static>;
    {
        let line = String::from("  my   service | Web | db | EDGE |  ");
        let cfg = Config::from_line(&line);
        let kinds: Vec<&str> = cfg.tags.iter().map(kind).collect();
        println!("name={:?} ({}) tags={:?} kinds={:?}", cfg.name, kind(&cfg.name), cfg.tags, kinds);
        owned = cfg.into_owned();
    }
    println!("owned survives: {} / {}", owned.name, owned.tags.join(","));
    let empty = Config::from_line(" | ");
    println!("empty name: {}", empty.name);
    let total_len: usize = samples.iter().map(|s| pipeline(s).len()).sum();
    println!("total len: {}", total_len);
}
