use std::collections::BTreeMap;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
enum Value { Int(i64), Float(f64), Bool(bool), Text(String), List(Vec<Value>) }

#[derive(Debug, PartialEq)]
enum ConfigError {
    MissingEquals { line: usize },
    EmptyKey { line: usize },
    Duplicate(String),
    Missing(&'static str),
    BadNumber(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::MissingEquals { line } => write!(f, "line {}: expected key = value", line),
            ConfigError::EmptyKey { line } => write!(f, "line {}: empty key", line),
            ConfigError::Duplicate(k) => write!(f, "duplicate key '{}'", k),
            ConfigError::Missing(k) => write!(f, "required key '{}' missing", k),
            ConfigError::BadNumber(m) => write!(f, "bad number: {}", m),
        }
    }
}
impl std::error::Error for ConfigError {}
impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self { ConfigError::BadNumber(e.to_string()) }
}
impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self { ConfigError::BadNumber(e.to_string()) }
}

impl FromStr for Value {
    type Err = ConfigError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Ok(match s {
            "true" | "yes" | "on" => Value::Bool(true),
            "false" | "no" | "off" => Value::Bool(false),
            _ if s.starts_with('[') && s.ends_with(']') => Value::List(
                s[1..s.len() - 1].split(',').filter(|p| !p.trim().is_empty()).map(|p| p.parse()).collect::<Result<_, _>>()?,
            ),
            _ if s.starts_with('"') => Value::Text(s.trim_matches('"').to_string()),
            _ if s.contains('.') && s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-') => Value::Float(s.parse::<f64>()?),
            _ if s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-') => Value::Int(s.parse::<i64>()?),
            _ => Value::Text(s.to_string()),
        })
    }
}

fn parse_config(src: &str) -> Result<BTreeMap<String, Value>, ConfigError> {
    let mut map = BTreeMap::new();
    let mut section = String::new();
    for (n, raw) in src.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() { continue; }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = format!("{}.", name.trim());
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            return Err(ConfigError::MissingEquals { line: n + 1 });
        };
        let key = k.trim();
        if key.is_empty() { return Err(ConfigError::EmptyKey { line: n + 1 }); }
        let full = format!("{}{}", section, key);
        if map.contains_key(&full) { return Err(ConfigError::Duplicate(full)); }
        map.insert(full, v.parse()?);
    }
    for req in ["name", "server.port"] {
        if !map.contains_key(req) { return Err(ConfigError::Missing(req)); }
    }
    Ok(map)
}

fn main() {
    let good = "name = \"demo app\"\nversion = 1.25  # comment\ndebug = yes\n\n[server]\nport = 8080\nhosts = [alpha, beta, 3, 4.5]\ntimeout = -30\n[limits]\nmax_users=250\n";
    match parse_config(good) {
        Ok(cfg) => {
            for (k, v) in &cfg {
                println!("{:<16} => {:?}", k, v);
            }
            if let Some(Value::Int(port)) = cfg.get("server.port") {
                println!("port+1 = {}", port + 1);
            }
            let ints: i64 = cfg.values().filter_map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).sum();
            println!("sum of ints = {}", ints);
        }
        Err(e) => println!("unexpected error: {}", e),
    }
    let bad = [
        "name = x\nport 80", "name = x\n = 3", "name = a\nname = b", "title = t\n[server]\nport=1",
        "name = x\n[server]\nport = 80x", "name = x\n[server]\nport = 1\nratio = 1.2.3", "name=x\n[server]\nport=[1, 2x]",
    ];
    for (i, src) in bad.iter().enumerate() {
        let res = parse_config(src);
        match res {
            Ok(m) => println!("bad[{}] unexpectedly ok: {} keys", i, m.len()),
            Err(e) => println!("bad[{}] -> {} | {:?}", i, e, e),
        }
    }
}
