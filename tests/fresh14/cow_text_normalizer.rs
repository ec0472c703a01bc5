use std::borrow::Cow;

fn strip_tabs(s: &str) -> Cow<str> {
    if s.contains('\t') { Cow::Owned(s.replace('\t', "    ")) } else { Cow::Borrowed(s) }
}

fn censor<'a>(s: &'a str, banned: &[&str]) -> Cow<'a, str> {
    let mut out: Cow<str> = Cow::Borrowed(s);
    for b in banned {
        if out.contains(b) {
            let stars = "*".repeat(b.len());
            out = Cow::Owned(out.replace(b, &stars));
        }
    }
    out
}

fn capitalize(s: &str) -> Cow<str> {
    match s.chars().next() {
        Some(c) if c.is_lowercase() => {
            let mut o = String::with_capacity(s.len());
            o.extend(c.to_uppercase());
            o.push_str(&s[c.len_utf8()..]);
            Cow::Owned(o)
        }
        _ => Cow::Borrowed(s),
    }
}

struct Normalizer<'a> { banned: Vec<&'a str>, steps: Vec<(&'a str, fn(&str) -> String)> }

impl<'a> Normalizer<'a> {
    fn run<'s>(&self, input: &'s str) -> (Cow<'s, str>, usize) {
        let mut owned_count = 0;
        let mut cur: Cow<'s, str> = strip_tabs(input);
        if matches!(cur, Cow::Owned(_)) { owned_count += 1; }
        let c = match cur {
            Cow::Borrowed(b) => censor(b, &self.banned),
            Cow::Owned(o) => Cow::Owned(censor(&o, &self.banned).into_owned()),
        };
        if matches!(c, Cow::Owned(_)) { owned_count += 1; }
        cur = c;
        for (_, f) in &self.steps {
            let next = f(&cur);
            if next != *cur { cur = Cow::Owned(next); owned_count += 1; }
        }
        (cur, owned_count)
    }
}

fn kind(c: &Cow<str>) -> &'static str { if let Cow::Borrowed(_) = c { "borrowed" } else { "owned" } }

fn main() {
    let lines = ["hello world", "\tindented line", "this is darn bad", "already fine.", "heck\tand darn", "  trailing  "];
    for l in &lines {
        let a = strip_tabs(l);
        let b = capitalize(l);
        println!("{:<20} strip:{:<8} cap:{:<8} -> {:?}", format!("{:?}", l), kind(&a), kind(&b), b);
    }
    let n = Normalizer {
        banned: vec!["darn", "heck"],
        steps: vec![("trim", |s| s.trim().to_string()), ("dots", |s| if s.ends_with('.') { s.to_string() } else { format!("{}.", s) })],
    };
    println!("steps: {:?}", n.steps.iter().map(|(name, _)| *name).collect::<Vec<_>>());
    let mut total_allocs = 0;
    for l in &lines {
        let (out, allocs) = n.run(l);
        total_allocs += allocs;
        println!("{:>2} allocs | {:<28}| {}", allocs, out, out.len());
    }
    println!("total allocs = {}", total_allocs);
    let mut c: Cow<str> = Cow::Borrowed("base");
    c.to_mut().push_str("-extended");
    println!("{} {}", c, kind(&c));
    let words: Vec<Cow<str>> = "one Two three".split(' ').map(capitalize).collect();
    println!("{}", words.iter().map(|w| format!("{}({})", w, kind(w))).collect::<Vec<_>>().join(" "));
}
