use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Json::Num(n) => write!(f, "{n}"),
            Json::Str(s) => write!(f, "\"{}\"", escape(s)),
            Json::Arr(items) => {
                write!(f, "[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{item}")?;
                }
                write!(f, "]")
            }
            Json::Obj(map) => {
                write!(f, "{{")?;
                let mut first = true;
                for (k, v) in map {
                    if !first {
                        write!(f, ",")?;
                    }
                    first = false;
                    write!(f, "\"{}\":{}", escape(k), v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

impl Json {
    fn pretty(&self, indent: usize) -> String {
        let pad = "  ".repeat(indent + 1);
        let end = "  ".repeat(indent);
        match self {
            Json::Arr(items) if !items.is_empty() => {
                let inner: Vec<String> = items.iter().map(|v| format!("{pad}{}", v.pretty(indent + 1))).collect();
                format!("[\n{}\n{end}]", inner.join(",\n"))
            }
            Json::Obj(map) if !map.is_empty() => {
                let inner: Vec<String> =
                    map.iter().map(|(k, v)| format!("{pad}\"{}\": {}", escape(k), v.pretty(indent + 1))).collect();
                format!("{{\n{}\n{end}}}", inner.join(",\n"))
            }
            other => other.to_string(),
        }
    }

    fn get(&self, path: &str) -> Option<&Json> {
        path.split('.').filter(|p| !p.is_empty()).try_fold(self, |cur, key| match cur {
            Json::Obj(m) => m.get(key),
            Json::Arr(a) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        })
    }

    fn depth(&self) -> usize {
        match self {
            Json::Arr(a) => 1 + a.iter().map(Json::depth).max().unwrap_or(0),
            Json::Obj(m) => 1 + m.values().map(|v| v.depth()).max().unwrap_or(0),
            _ => 0,
        }
    }
}

macro_rules! obj {
    ($($k:literal : $v:expr),* $(,)?) => {
        Json::Obj(BTreeMap::from([$(($k.to_string(), $v)),*]))
    };
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_string())
    }
}

impl From<f64> for Json {
    fn from(n: f64) -> Json {
        Json::Num(n)
    }
}

fn main() {
    let doc = obj! {
        "name": "rustmem".into(),
        "version": 1.5.into(),
        "stable": Json::Bool(false),
        "tags": Json::Arr(vec!["interp".into(), "java".into(), Json::Null]),
        "stats": obj! { "lines": 12000.0.into(), "ratio": 0.125.into(), "empty": Json::Arr(vec![]) },
        "quote": "say \"hi\"\n\tplease \\ now".into(),
        "nested": Json::Arr(vec![Json::Arr(vec![Json::Arr(vec![1.0.into(), (-2.0).into()])]), obj! {}]),
    };
    println!("{doc}");
    println!("{}", doc.pretty(0));
    for path in ["name", "stats.lines", "tags.1", "tags.2", "tags.9", "nested.0.0.1", "stats.ratio", "nope.x", ""] {
        match doc.get(path) {
            Some(v) => println!("get {path:<14} = {v}"),
            None => println!("get {path:<14} = <missing>"),
        }
    }
    println!("depth {}", doc.depth());
    let mut copy = doc.clone();
    if let Json::Obj(m) = &mut copy {
        m.insert("stable".into(), Json::Bool(true));
        m.remove("quote");
    }
    println!("changed: {}", copy != doc);
    println!("{copy}");
    println!("{}", Json::Num(1e20));
    println!("{}", Json::Str("\u{1}ctl".into()));
}
