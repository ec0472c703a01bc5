use std::collections::BTreeMap;
use std::fmt;
use std::process;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<String>),
    Text(String),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{}", i),
            Value::Float(x) => write!(f, "{:.3}", x),
            Value::Bool(b) => write!(f, "{}", if *b { "yes" } else { "no" }),
            Value::List(items) => write!(f, "[{}]", items.join("; ")),
            Value::Text(s) => write!(f, "{:?}", s),
        }
    }
}

fn parse_value(raw: &str) -> Value {
    let raw = raw.trim();
    if let Ok(i) = raw.parse::<i64>() {
        return Value::Int(i);
    }
    if let Some(hex) = raw.strip_prefix("0x") {
        if let Ok(i) = i64::from_str_radix(hex, 16) {
            return Value::Int(i);
        }
    }
    if let Ok(x) = raw.parse::<f64>() {
        if x.is_finite() {
            return Value::Float(x);
        }
    }
    match raw.to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" => return Value::Bool(true),
        "false" | "no" | "off" => return Value::Bool(false),
        _ => {}
    }
    if raw.contains(',') {
        return Value::List(raw.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect());
    }
    Value::Text(raw.trim_matches('"').to_string())
}

type Config = BTreeMap<String, BTreeMap<String, Value>>;

fn parse_ini(src: &str) -> (Config, Vec<String>) {
    let mut cfg: Config = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut section = String::from("global");
    for (no, line) in src.split_terminator('\n').enumerate() {
        let line = match line.find([';', '#']) {
            Some(i) => &line[..i],
            None => line,
        }
        .trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_lowercase();
            continue;
        }
        match line.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => {
                let key = k.trim().to_lowercase();
                let prev = cfg.entry(section.clone()).or_default().insert(key.clone(), parse_value(v));
                if let Some(p) = prev {
                    warnings.push(format!("line {}: {}.{} overrides {}", no + 1, section, key, p));
                }
            }
            _ => warnings.push(format!("line {}: cannot parse {:?}", no + 1, line)),
        }
    }
    (cfg, warnings)
}

const SRC: &str = "; sample configuration
name = \"report-gen\"
version = 3
[Server]
host = 0.0.0.0
port = 8080
workers = 0x10
ratio = 0.75   # comment
debug = off
[server]
port = 9090
[Output]
formats = csv, json, , html
width = 132
precision = -2
this line is broken
= empty key
";

fn main() {
    let (cfg, warnings) = parse_ini(SRC);
    for (sec, entries) in &cfg {
        println!("[{}]", sec);
        let kw = entries.keys().map(|k| k.len()).max().unwrap_or(0);
        for (k, v) in entries {
            println!("  {:<kw$} = {:<22} ({})", k, v.to_string(), format!("{:?}", v).split('(').next().unwrap(), kw = kw);
        }
    }
    println!("warnings:");
    for w in &warnings {
        println!("  - {}", w);
    }
    let mut errors: Vec<String> = Vec::new();
    let get = |s: &str, k: &str| cfg.get(s).and_then(|m| m.get(k));
    match get("server", "port") {
        Some(Value::Int(p)) if (1..=65535).contains(p) => println!("port ok: {}", p),
        other => errors.push(format!("server.port invalid: {:?}", other)),
    }
    match get("output", "precision") {
        Some(Value::Int(p)) if *p >= 0 => println!("precision ok: {}", p),
        other => errors.push(format!("output.precision must be >= 0, got {:?}", other)),
    }
    if let Some(Value::Int(w)) = get("server", "workers") {
        println!("workers = {} ({:#b})", w, w);
    }
    if get("server", "timeout").is_none() {
        errors.push("server.timeout missing".to_string());
    }
    if !errors.is_empty() {
        println!("{} validation error(s):", errors.len());
        for e in &errors {
            println!("  * {}", e);
        }
        process::exit(3);
    }
    println!("config valid");
}
