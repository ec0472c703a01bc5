use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

#[derive(Debug, Clone, PartialEq)]
enum Json { Null, Bool(bool), Num(f64), Str(String), Arr(Vec<Json>), Obj(BTreeMap<String, Json>) }

struct P<'a> { s: &'a [u8], i: usize }

impl<'a> P<'a> {
    fn ws(&mut self) { while self.i < self.s.len() && (self.s[self.i] as char).is_ascii_whitespace() { self.i += 1; } }
    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) { self.i += 1; Ok(()) } else { Err(format!("expected '{}' at {}", c as char, self.i)) }
    }
    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.s.get(self.i).copied() {
            None => Err("unexpected end".into()),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[') => {
                self.i += 1;
                let mut items = vec![];
                self.ws();
                if self.s.get(self.i) == Some(&b']') { self.i += 1; return Ok(Json::Arr(items)); }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.s.get(self.i) { Some(b',') => self.i += 1, Some(b']') => { self.i += 1; break; } _ => return Err(format!("bad array at {}", self.i)) }
                }
                Ok(Json::Arr(items))
            }
            Some(b'{') => {
                self.i += 1;
                let mut m = BTreeMap::new();
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b'}') { self.i += 1; break; }
                    let k = self.string()?;
                    self.eat(b':')?;
                    let v = self.value()?;
                    m.insert(k, v);
                    self.ws();
                    if self.s.get(self.i) == Some(&b',') { self.i += 1; }
                }
                Ok(Json::Obj(m))
            }
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                let start = self.i;
                while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') { self.i += 1; }
                let txt = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                txt.parse().map(Json::Num).map_err(|e| format!("{txt}: {e}"))
            }
            Some(c) => Err(format!("unexpected '{}' at {}", c as char, self.i)),
        }
    }
    fn word(&mut self, w: &str, v: Json) -> Result<Json, String> {
        if self.s[self.i..].starts_with(w.as_bytes()) { self.i += w.len(); Ok(v) } else { Err(format!("bad literal at {}", self.i)) }
    }
    fn string(&mut self) -> Result<String, String> {
        self.eat(b'"')?;
        let mut out = String::new();
        while let Some(&b) = self.s.get(self.i) {
            self.i += 1;
            match b { b'"' => return Ok(out), b'\\' => { let e = self.s[self.i]; self.i += 1; out.push(match e { b'n' => '\n', b't' => '\t', o => o as char }); } _ => out.push(b as char) }
        }
        Err("unterminated string".into())
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let indent = f.width().unwrap_or(0);
        let pad = " ".repeat(indent);
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Json::Num(n) => write!(f, "{n}"),
            Json::Str(s) => write!(f, "{:?}", s),
            Json::Arr(v) if v.is_empty() => write!(f, "[]"),
            Json::Arr(v) => {
                writeln!(f, "[")?;
                for (i, x) in v.iter().enumerate() {
                    write!(f, "{pad}  {:w$}{}", x, if i + 1 < v.len() { "," } else { "" }, w = indent + 2)?;
                    writeln!(f)?;
                }
                write!(f, "{pad}]")
            }
            Json::Obj(m) => {
                writeln!(f, "{{")?;
                let n = m.len();
                for (i, (k, x)) in m.iter().enumerate() {
                    writeln!(f, "{pad}  {k:?}: {:w$}{}", x, if i + 1 < n { "," } else { "" }, w = indent + 2)?;
                }
                write!(f, "{pad}}}")
            }
        }
    }
}

fn depth(j: &Json) -> usize {
    match j { Json::Arr(v) => 1 + v.iter().map(depth).max().unwrap_or(0), Json::Obj(m) => 1 + m.values().map(depth).max().unwrap_or(0), _ => 0 }
}

fn main() {
    let src = r#"{"name": "widget", "tags": ["a", "b\tc"], "price": 12.5, "stock": 300, "dims": {"w": 2, "h": -0.75, "extra": []},
                 "active": true, "owner": null, "ratio": 1e-3}"#;
    let mut p = P { s: src.as_bytes(), i: 0 };
    let doc = p.value().expect("valid json");
    println!("{}", doc);
    println!("depth = {}", depth(&doc));
    if let Json::Obj(m) = &doc {
        let nums: Vec<f64> = m.values().filter_map(|v| if let Json::Num(n) = v { Some(*n) } else { None }).collect();
        println!("top-level numbers: {nums:?}");
        let h = m.get("dims").and_then(|d| match d { Json::Obj(dm) => dm.get("h"), _ => None });
        println!("dims.h = {:?}", h);
    }
    let mut compact = String::new();
    for bad in ["[1, 2", "{\"a\" 1}", "tru", "[1,]x", "\"open"] {
        let r = P { s: bad.as_bytes(), i: 0 }.value();
        write!(compact, "{bad:>9} -> {:?}\n", r.map(|j| depth(&j))).unwrap();
    }
    print!("{compact}");
}
