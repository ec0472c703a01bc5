use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<Value>),
    Object(BTreeMap<String, Value>),
}

fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => write!(f, "{}", *n as i64),
            Value::Number(n) => write!(f, "{}", n),
            Value::Str(s) => write!(f, "\"{}\"", escape(s)),
            Value::Array(items) => {
                write!(f, "[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 { write!(f, ",")?; }
                    write!(f, "{}", v)?;
                }
                write!(f, "]")
            }
            Value::Object(map) => {
                write!(f, "{{")?;
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 { write!(f, ",")?; }
                    write!(f, "\"{}\":{}", escape(k), v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

impl From<f64> for Value { fn from(n: f64) -> Self { Value::Number(n) } }
impl From<i32> for Value { fn from(n: i32) -> Self { Value::Number(n as f64) } }
impl From<&str> for Value { fn from(s: &str) -> Self { Value::Str(s.to_string()) } }
impl From<bool> for Value { fn from(b: bool) -> Self { Value::Bool(b) } }
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Self { Value::Array(v.into_iter().map(Into::into).collect()) }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Self { o.map_or(Value::Null, Into::into) }
}

impl Value {
    fn get(&self, path: &str) -> Option<&Value> {
        path.split('.').try_fold(self, |cur, key| match cur {
            Value::Object(m) => m.get(key),
            Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        })
    }

    fn depth(&self) -> usize {
        match self {
            Value::Array(a) => 1 + a.iter().map(Value::depth).max().unwrap_or(0),
            Value::Object(m) => 1 + m.values().map(|v| v.depth()).max().unwrap_or(0),
            _ => 0,
        }
    }
}

macro_rules! obj {
    ($($k:expr => $v:expr),* $(,)?) => {{
        let mut m = BTreeMap::new();
        $( m.insert($k.to_string(), Value::from($v)); )*
        Value::Object(m)
    }};
}

fn main() {
    let address = obj! { "city" => "Zürich", "zip" => "8001" };
    let mut person = obj! {
        "name" => "Ada \"Countess\" Lovelace",
        "age" => 36,
        "height" => 1.65,
        "languages" => vec!["en", "fr"],
        "spouse" => None::<&str>,
        "active" => false,
    };
    if let Value::Object(m) = &mut person {
        m.insert("address".into(), address);
        m.insert("scores".into(), Value::from(vec![1.5, 2.0, -0.25]));
        m.insert("note".into(), "line1\nline2\ttab".into());
    }
    println!("{}", person);
    for path in ["name", "address.city", "languages.1", "languages.5", "scores.2", "age.x", "spouse"] {
        match person.get(path) {
            Some(v) => println!("{:<14} = {}", path, v),
            None => println!("{:<14} missing", path),
        }
    }
    println!("depth {}", person.depth());
    let nested = Value::from(vec![Value::from(vec![Value::from(vec![1, 2])]), Value::Null]);
    println!("{} depth {}", nested, nested.depth());
    println!("{}", Value::Number(1e20));
    println!("{:?}", Value::from(vec![true, false]));
    let copy = person.clone();
    println!("clone equal: {}, null equal: {}", copy == person, Value::Null == Value::from(None::<bool>));
}
