use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

struct Parser<'a> { it: Peekable<Chars<'a>>, pos: usize }

type PResult<T> = Result<T, String>;

impl<'a> Parser<'a> {
    fn new(s: &'a str) -> Self { Parser { it: s.chars().peekable(), pos: 0 } }
    fn bump(&mut self) -> Option<char> {
        let c = self.it.next();
        if c.is_some() { self.pos += 1; }
        c
    }
    fn ws(&mut self) {
        while self.it.next_if(|c| c.is_whitespace()).is_some() { self.pos += 1; }
    }
    fn expect(&mut self, want: char) -> PResult<()> {
        self.ws();
        match self.bump() {
            Some(c) if c == want => Ok(()),
            Some(c) => Err(format!("expected '{}' got '{}' at {}", want, c, self.pos - 1)),
            None => Err(format!("expected '{}' got end", want)),
        }
    }
    fn word(&mut self, w: &str, v: Json) -> PResult<Json> {
        for ch in w.chars() {
            if self.bump() != Some(ch) { return Err(format!("bad literal near {}", self.pos)); }
        }
        Ok(v)
    }
    fn value(&mut self) -> PResult<Json> {
        self.ws();
        match self.it.peek().copied() {
            None => Err("unexpected end".into()),
            Some('n') => self.word("null", Json::Null),
            Some('t') => self.word("true", Json::Bool(true)),
            Some('f') => self.word("false", Json::Bool(false)),
            Some('"') => self.string().map(Json::Str),
            Some('[') => {
                self.bump();
                let items = self.seq(']', |p| p.value())?;
                Ok(Json::Arr(items))
            }
            Some('{') => {
                self.bump();
                let fields = self.seq('}', |p| {
                    p.ws();
                    let k = p.string()?;
                    p.expect(':')?;
                    Ok((k, p.value()?))
                })?;
                Ok(Json::Obj(fields))
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let mut s = String::new();
                while let Some(c) = self.it.next_if(|c| matches!(c, '0'..='9' | '-' | '+' | '.' | 'e' | 'E')) {
                    self.pos += 1;
                    s.push(c);
                }
                s.parse::<f64>().map(Json::Num).map_err(|e| format!("number {:?}: {}", s, e))
            }
            Some(c) => Err(format!("unexpected '{}' at {}", c, self.pos)),
        }
    }
    fn seq<T>(&mut self, close: char, mut item: impl FnMut(&mut Self) -> PResult<T>) -> PResult<Vec<T>> {
        let mut out = Vec::new();
        self.ws();
        if self.it.next_if_eq(&close).is_some() { self.pos += 1; return Ok(out); }
        loop {
            out.push(item(self)?);
            self.ws();
            match self.bump() {
                Some(',') => continue,
                Some(c) if c == close => return Ok(out),
                other => return Err(format!("expected ',' or '{}' got {:?}", close, other)),
            }
        }
    }
    fn string(&mut self) -> PResult<String> {
        self.expect('"')?;
        let mut s = String::new();
        loop {
            match self.bump().ok_or("unterminated string")? {
                '"' => return Ok(s),
                '\\' => match self.bump() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some(c @ ('"' | '\\' | '/')) => s.push(c),
                    other => return Err(format!("bad escape {:?}", other)),
                },
                c => s.push(c),
            }
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let pretty = f.alternate();
        let depth = f.width().unwrap_or(0);
        let pad = |n: usize| if pretty { format!("\n{}", "  ".repeat(n)) } else { String::new() };
        match self {
            Json::Null => write!(f, "null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Json::Num(n) => write!(f, "{}", n),
            Json::Str(s) => write!(f, "{:?}", s),
            Json::Arr(v) if v.is_empty() => write!(f, "[]"),
            Json::Obj(v) if v.is_empty() => write!(f, "{{}}"),
            Json::Arr(v) => {
                write!(f, "[")?;
                for (i, x) in v.iter().enumerate() {
                    if i > 0 { write!(f, ",")?; }
                    if pretty { write!(f, "{}{:#w$}", pad(depth + 1), x, w = depth + 1)?; } else { write!(f, "{}", x)?; }
                }
                write!(f, "{}]", pad(depth))
            }
            Json::Obj(v) => {
                write!(f, "{{")?;
                for (i, (k, x)) in v.iter().enumerate() {
                    if i > 0 { write!(f, ",")?; }
                    let sep = if pretty { ": " } else { ":" };
                    if pretty { write!(f, "{}{:?}{}{:#w$}", pad(depth + 1), k, sep, x, w = depth + 1)?; } else { write!(f, "{:?}{}{}", k, sep, x)?; }
                }
                write!(f, "{}}}", pad(depth))
            }
        }
    }
}

fn main() {
    let inputs = [
        r#"{"name": "rustmem", "tags": ["vm", "java"], "stars": 42, "ratio": -0.125, "meta": {"ok": true, "none": null, "e": []}}"#,
        r#"[1, 2.5e2, "a\"b\n", {}, [[]]]"#,
        r#"{"a": 1,, "b": 2}"#,
        r#"[tru]"#,
        r#"{"k": "unterminated"#,
        "  -7  ",
    ];
    for src in inputs {
        match Parser::new(src).value() {
            Ok(j) => {
                println!("compact: {}", j);
                if matches!(&j, Json::Obj(f) if f.len() > 2) { println!("{:#}", j); }
            }
            Err(e) => println!("error: {}", e),
        }
    }
}
