use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::str::ParseBoolError;

#[derive(Debug, Clone, PartialEq)]
enum Value { Int(i64), Bool(bool), List(Vec<String>), Text(String) }

#[derive(Debug)]
enum ConfigError {
    Syntax { line: usize, msg: String },
    Missing(String),
    Type { key: String, expected: &'static str },
    Int(ParseIntError),
    Bool(ParseBoolError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Syntax { line, msg } => write!(f, "syntax error on line {line}: {msg}"),
            ConfigError::Missing(k) => write!(f, "missing key '{k}'"),
            ConfigError::Type { key, expected } => write!(f, "'{key}' should be {expected}"),
            ConfigError::Int(e) => write!(f, "int: {e}"),
            ConfigError::Bool(e) => write!(f, "bool: {e}"),
        }
    }
}
impl Error for ConfigError {}
impl From<ParseIntError> for ConfigError { fn from(e: ParseIntError) -> Self { ConfigError::Int(e) } }
impl From<ParseBoolError> for ConfigError { fn from(e: ParseBoolError) -> Self { ConfigError::Bool(e) } }

type Config = BTreeMap<String, BTreeMap<String, Value>>;

fn parse_value(raw: &str) -> Value {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return Value::List(inner.split(',').map(|s| s.trim().trim_matches('"').to_string()).filter(|s| !s.is_empty()).collect());
    }
    if let Ok(n) = raw.replace('_', "").parse::<i64>() { return Value::Int(n); }
    match raw { "true" | "yes" | "on" => Value::Bool(true), "false" | "no" | "off" => Value::Bool(false), _ => Value::Text(raw.trim_matches('"').to_string()) }
}

fn parse(src: &str) -> Result<Config, ConfigError> {
    let mut cfg = Config::new();
    let mut section = String::from("root");
    for (n, line) in src.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        let line = line.split_once(['#', ';']).map_or(line, |(before, _)| before).trim();
        if line.is_empty() { continue; }
        if let Some(name) = line.strip_prefix('[') {
            let Some(name) = name.strip_suffix(']') else {
                return Err(ConfigError::Syntax { line: n, msg: format!("unclosed section {line:?}") });
            };
            section = name.trim().to_lowercase();
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            return Err(ConfigError::Syntax { line: n, msg: "expected key = value".into() });
        };
        cfg.entry(section.clone()).or_default().insert(k.trim().to_string(), parse_value(v));
    }
    Ok(cfg)
}

fn get<'a>(cfg: &'a Config, path: &str) -> Result<&'a Value, ConfigError> {
    let (sec, key) = path.split_once('.').unwrap_or(("root", path));
    cfg.get(sec).and_then(|s| s.get(key)).ok_or_else(|| ConfigError::Missing(path.to_string()))
}

fn get_int(cfg: &Config, path: &str) -> Result<i64, ConfigError> {
    match get(cfg, path)? {
        Value::Int(n) => Ok(*n),
        Value::Text(t) => Ok(t.parse::<i64>()?),
        _ => Err(ConfigError::Type { key: path.into(), expected: "an integer" }),
    }
}

fn server_summary(cfg: &Config) -> Result<String, Box<dyn Error>> {
    let port = get_int(cfg, "server.port")?;
    let workers = get_int(cfg, "server.workers").unwrap_or(1);
    let tls = match get(cfg, "server.tls") { Ok(Value::Text(t)) => t.parse::<bool>().map_err(ConfigError::from)?, Ok(Value::Bool(b)) => *b, _ => false };
    let port16 = u16::try_from(port).map_err(|e| format!("port {port}: {e}"))?;
    Ok(format!("listen :{port16} workers={workers} tls={tls}"))
}

fn main() {
    let text = "name = demo app   # comment\n\n[Server]\nport = 8_080\nworkers = \"4\"\ntls = on\nhosts = [\"a.example\", b.example, ]\n\n[limits]\nmax_body = 1048576 ; bytes\nratio = 0.75\n[empty]\n";
    let cfg = parse(text).expect("valid");
    println!("sections: {:?}", cfg.keys().collect::<Vec<_>>());
    for (sec, kv) in &cfg {
        for (k, v) in kv { println!("  {:<18} {:?}", format!("{sec}.{k}"), v); }
    }
    println!("{:#?}", get(&cfg, "server.hosts").ok());
    for path in ["server.port", "server.workers", "limits.max_body", "server.tls", "limits.ratio", "nope.key", "name"] {
        match get_int(&cfg, path) {
            Ok(n) => println!("{path:>16} -> {n:>8} ({n:#x})"),
            Err(e) => println!("{path:>16} -> {e}"),
        }
    }
    println!("summary: {}", server_summary(&cfg).unwrap_or_else(|e| format!("ERR {e}")));
    let variants = ["[server]\nport = 70000", "[server]\nport = 1\ntls = maybe", "[server\nport=1", "[server]\nport 1", "[server]\nport = x1"];
    for v in variants {
        let out = parse(v).map_err(|e| Box::new(e) as Box<dyn Error>).and_then(|c| server_summary(&c));
        println!("{:<28} => {}", v.replace('\n', "\\n"), match out { Ok(s) => s, Err(e) => format!("error: {e}") });
    }
}
