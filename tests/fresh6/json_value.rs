use std::collections::BTreeMap;
use std::fmt::{self, Write};

#[derive(Debug, Clone, PartialEq)]
enum Json { Null, Bool(bool), Num(f64), Str(String), Arr(Vec<Json>), Obj(BTreeMap<String, Json>) }

impl From<f64> for Json { fn from(n: f64) -> Self { Json::Num(n) } }
impl From<i32> for Json { fn from(n: i32) -> Self { Json::Num(n as f64) } }
impl From<&str> for Json { fn from(s: &str) -> Self { Json::Str(s.to_string()) } }
impl From<bool> for Json { fn from(b: bool) -> Self { Json::Bool(b) } }
impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(v: Vec<T>) -> Self { Json::Arr(v.into_iter().map(Into::into).collect()) }
}
impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(o: Option<T>) -> Self { o.map_or(Json::Null, Into::into) }
}

fn escape(s: &str) -> String {
    s.chars().fold(String::new(), |mut out, c| {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => { let _ = write!(out, "\\u{:04x}", c as u32); }
            c => out.push(c),
        }
        out
    })
}

impl Json {
    fn obj(pairs: Vec<(&str, Json)>) -> Json {
        Json::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    fn pretty(&self, indent: usize, out: &mut String) {
        let pad = "  ".repeat(indent);
        match self {
            Json::Arr(items) if items.is_empty() => out.push_str("[]"),
            Json::Arr(items) => {
                out.push_str("[\n");
                for (i, it) in items.iter().enumerate() {
                    out.push_str(&pad);
                    out.push_str("  ");
                    it.pretty(indent + 1, out);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                out.push_str(&pad);
                out.push(']');
            }
            Json::Obj(map) => {
                out.push_str("{\n");
                let n = map.len();
                for (i, (k, v)) in map.iter().enumerate() {
                    let _ = write!(out, "{}  \"{}\": ", pad, escape(k));
                    v.pretty(indent + 1, out);
                    out.push_str(if i + 1 < n { ",\n" } else { "\n" });
                }
                out.push_str(&pad);
                out.push('}');
            }
            other => { let _ = write!(out, "{}", other); }
        }
    }

    fn depth(&self) -> usize {
        match self { Json::Arr(v) => 1 + v.iter().map(Json::depth).max().unwrap_or(0), Json::Obj(m) => 1 + m.values().map(Json::depth).max().unwrap_or(0), _ => 0 }
    }

    fn get_path(&self, path: &str) -> Option<&Json> {
        path.split('.').try_fold(self, |cur, key| match cur {
            Json::Obj(m) => m.get(key),
            Json::Arr(v) => key.parse::<usize>().ok().and_then(|i| v.get(i)),
            _ => None,
        })
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Json::Num(n) => write!(f, "{}", n),
            Json::Str(s) => write!(f, "\"{}\"", escape(s)),
            Json::Arr(v) => write!(f, "[{}]", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")),
            Json::Obj(m) => {
                let parts: Vec<String> = m.iter().map(|(k, v)| format!("\"{}\":{}", escape(k), v)).collect();
                write!(f, "{{{}}}", parts.join(","))
            }
        }
    }
}

fn main() {
    let doc = Json::obj(vec![
        ("name", "Widget \"Pro\"".into()),
        ("price", 19.99.into()),
        ("stock", 42.into()),
        ("tags", vec!["new", "sale"].into()),
        ("discontinued", false.into()),
        ("notes", Json::from(None::<&str>)),
        ("dims", Json::obj(vec![("w", 3.into()), ("h", 1.5.into()), ("path", "a\\b\nc\t".into())])),
        ("matrix", vec![vec![1, 2], vec![], vec![3]].into()),
    ]);
    println!("compact: {}", doc);
    let mut s = String::new();
    doc.pretty(0, &mut s);
    println!("{}", s);
    println!("depth = {}", doc.depth());
    for p in ["dims.h", "tags.1", "matrix.2.0", "tags.5", "name.x", "notes"] {
        println!("{:<12} -> {}", p, doc.get_path(p).map_or("<missing>".to_string(), |j| j.to_string()));
    }
    println!("equal to clone: {}", doc == doc.clone());
}
