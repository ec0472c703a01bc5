use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Debug, Clone, PartialEq)]
enum Json { Null, Bool(bool), Num(f64), Str(String), Arr(Vec<Json>), Obj(BTreeMap<String, Json>) }

impl From<f64> for Json { fn from(v: f64) -> Self { Json::Num(v) } }
impl From<i32> for Json { fn from(v: i32) -> Self { Json::Num(v as f64) } }
impl From<bool> for Json { fn from(v: bool) -> Self { Json::Bool(v) } }
impl From<&str> for Json { fn from(v: &str) -> Self { Json::Str(v.to_string()) } }
impl<T: Into<Json>> From<Vec<T>> for Json { fn from(v: Vec<T>) -> Self { Json::Arr(v.into_iter().map(Into::into).collect()) } }
impl<T: Into<Json>> From<Option<T>> for Json { fn from(v: Option<T>) -> Self { v.map_or(Json::Null, Into::into) } }

fn obj<const N: usize>(pairs: [(&str, Json); N]) -> Json {
    Json::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn escape(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => { out.push('\\'); out.push(c) }
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out + "\""
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Json::Num(n) => write!(f, "{}", n),
            Json::Str(s) => f.write_str(&escape(s)),
            Json::Arr(items) => {
                f.write_char('[')?;
                for (i, it) in items.iter().enumerate() {
                    if i > 0 { f.write_char(',')?; }
                    write!(f, "{}", it)?;
                }
                f.write_char(']')
            }
            Json::Obj(m) => {
                write!(f, "{{")?;
                for (i, (k, v)) in m.iter().enumerate() {
                    write!(f, "{}{}:{}", if i > 0 { "," } else { "" }, escape(k), v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

impl Json {
    fn pretty(&self, indent: usize, out: &mut String) {
        let pad = "  ".repeat(indent);
        match self {
            Json::Arr(items) if !items.is_empty() => {
                out.push_str("[\n");
                for (i, it) in items.iter().enumerate() {
                    out.push_str(&pad);
                    out.push_str("  ");
                    it.pretty(indent + 1, out);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                write!(out, "{pad}]").unwrap();
            }
            Json::Obj(m) if !m.is_empty() => {
                out.push_str("{\n");
                let n = m.len();
                for (i, (k, v)) in m.iter().enumerate() {
                    write!(out, "{pad}  {}: ", escape(k)).unwrap();
                    v.pretty(indent + 1, out);
                    out.push_str(if i + 1 < n { ",\n" } else { "\n" });
                }
                write!(out, "{pad}}}").unwrap();
            }
            other => write!(out, "{}", other).unwrap(),
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
            _ => 0 }
    }
}

fn main() {
    let doc = obj([
        ("name", "rustmem".into()),
        ("version", 1.5.into()),
        ("stable", false.into()),
        ("tags", vec!["interp", "jvm"].into()),
        ("limits", obj([("stack", 8192.into()), ("ratio", 0.125.into()), ("none", Json::from(None::<i32>))])),
        ("matrix", vec![vec![1, 2], vec![3], vec![]].into()),
        ("quote", "say \"hi\"\n\tok".into()),
        ("empty", obj([])),
    ]);
    println!("{}", doc);
    let mut s = String::new();
    doc.pretty(0, &mut s);
    println!("{}", s);
    for p in ["name", "limits.stack", "matrix.0.1", "matrix.2.0", "tags.5", "limits", "version.x"] {
        println!("{:<12} => {}", p, doc.get(p).map_or("<missing>".to_string(), |v| v.to_string()));
    }
    println!("depth {} equal-self {}", doc.depth(), doc.clone() == doc);
    println!("{:?}", Json::from(vec![Some(1.0), None]));
}
