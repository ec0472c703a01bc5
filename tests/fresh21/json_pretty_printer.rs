use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

impl From<f64> for Json { fn from(n: f64) -> Self { Json::Num(n) } }
impl From<i32> for Json { fn from(n: i32) -> Self { Json::Num(n as f64) } }
impl From<bool> for Json { fn from(b: bool) -> Self { Json::Bool(b) } }
impl From<&str> for Json { fn from(s: &str) -> Self { Json::Str(s.to_string()) } }
impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(v: Vec<T>) -> Self { Json::Arr(v.into_iter().map(Into::into).collect()) }
}

fn obj(pairs: Vec<(&str, Json)>) -> Json {
    Json::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Json {
    fn compact(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => write!(out, "{}", b).unwrap(),
            Json::Num(n) => write!(out, "{}", n).unwrap(),
            Json::Str(s) => out.push_str(&escape(s)),
            Json::Arr(items) => {
                out.push('[');
                for (i, it) in items.iter().enumerate() {
                    if i > 0 { out.push(','); }
                    it.compact(out);
                }
                out.push(']');
            }
            Json::Obj(map) => {
                out.push('{');
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 { out.push(','); }
                    write!(out, "{}:", escape(k)).unwrap();
                    v.compact(out);
                }
                out.push('}');
            }
        }
    }

    fn pretty(&self, out: &mut String, depth: usize) {
        let pad = "  ".repeat(depth + 1);
        let close = "  ".repeat(depth);
        match self {
            Json::Arr(items) if !items.is_empty() => {
                out.push_str("[\n");
                for (i, it) in items.iter().enumerate() {
                    out.push_str(&pad);
                    it.pretty(out, depth + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                write!(out, "{}]", close).unwrap();
            }
            Json::Obj(map) if !map.is_empty() => {
                out.push_str("{\n");
                let n = map.len();
                for (i, (k, v)) in map.iter().enumerate() {
                    write!(out, "{}{}: ", pad, escape(k)).unwrap();
                    v.pretty(out, depth + 1);
                    out.push_str(if i + 1 < n { ",\n" } else { "\n" });
                }
                write!(out, "{}}}", close).unwrap();
            }
            other => other.compact(out),
        }
    }

    fn depth(&self) -> usize {
        match self {
            Json::Arr(v) => 1 + v.iter().map(Json::depth).max().unwrap_or(0),
            Json::Obj(m) => 1 + m.values().map(Json::depth).max().unwrap_or(0),
            _ => 0,
        }
    }

    fn get_path(&self, path: &[&str]) -> Option<&Json> {
        let Some((first, rest)) = path.split_first() else { return Some(self) };
        match self {
            Json::Obj(m) => m.get(*first)?.get_path(rest),
            Json::Arr(v) => v.get(first.parse::<usize>().ok()?)?.get_path(rest),
            _ => None,
        }
    }
}

fn main() {
    let doc = obj(vec![
        ("name", "widget \"pro\"".into()),
        ("version", 2.5.into()),
        ("tags", vec!["tools", "metal"].into()),
        ("active", true.into()),
        ("owner", Json::Null),
        ("dims", obj(vec![("w", 10.into()), ("h", 4.into()), ("notes", Json::Arr(vec![]))])),
        ("matrix", Json::Arr(vec![vec![1, 2].into(), vec![3, 4].into()])),
        ("memo", "line1\nline2\ttab".into()),
        ("empty", Json::Obj(BTreeMap::new())),
    ]);
    let mut compact = String::new();
    doc.compact(&mut compact);
    println!("compact: {}", compact);
    println!("compact length: {}", compact.len());
    let mut pretty = String::new();
    doc.pretty(&mut pretty, 0);
    println!("{}", pretty);
    println!("depth = {}", doc.depth());
    for path in [vec!["dims", "w"], vec!["matrix", "1", "0"], vec!["tags", "5"], vec!["name"], vec!["active", "x"]] {
        println!("{:<18} -> {:?}", path.join("."), doc.get_path(&path));
    }
    let copy = doc.clone();
    println!("clone equal: {}", copy == doc);
    println!("{:#?}", Json::from(vec![true, false]));
}
