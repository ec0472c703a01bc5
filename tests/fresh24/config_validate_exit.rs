use std::collections::BTreeMap;
use std::fmt;
use std::process;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i64),
    Bool(bool),
    Text(String),
    List(Vec<String>),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{}", i),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Text(s) => write!(f, "{:?}", s),
            Value::List(v) => write!(f, "[{}]", v.join(", ")),
        }
    }
}

impl From<&str> for Value {
    fn from(raw: &str) -> Self {
        let raw = raw.trim();
        if let Ok(i) = raw.parse::<i64>() {
            return Value::Int(i);
        }
        match raw {
            "true" | "yes" | "on" => Value::Bool(true),
            "false" | "no" | "off" => Value::Bool(false),
            s if s.starts_with('[') && s.ends_with(']') => Value::List(
                s[1..s.len() - 1].split(',').map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect(),
            ),
            s => Value::Text(s.trim_matches('"').to_string()),
        }
    }
}

type Section = BTreeMap<String, Value>;

fn parse(src: &str) -> Result<BTreeMap<String, Section>, (usize, String)> {
    let mut out: BTreeMap<String, Section> = BTreeMap::new();
    let mut current = String::from("global");
    for (i, line) in src.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim().to_lowercase();
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            return Err((i + 1, format!("expected key = value, got {:?}", line)));
        };
        let key = k.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err((i + 1, format!("invalid key {:?}", key)));
        }
        out.entry(current.clone()).or_default().insert(key.to_string(), Value::from(v));
    }
    Ok(out)
}

fn check(cfg: &BTreeMap<String, Section>) -> Vec<String> {
    let mut problems = Vec::new();
    let get = |s: &str, k: &str| cfg.get(s).and_then(|sec| sec.get(k));
    match get("server", "port") {
        Some(Value::Int(p)) if u16::try_from(*p).is_ok() && *p > 0 => {}
        Some(other) => problems.push(format!("server.port invalid: {}", other)),
        None => problems.push("server.port missing".to_string()),
    }
    if let Some(Value::Int(w)) = get("server", "workers") {
        if *w > 64 {
            problems.push(format!("server.workers {} exceeds 64", w));
        }
    }
    if !matches!(get("log", "level"), Some(Value::Text(l)) if ["debug", "info", "warn"].contains(&l.as_str())) {
        problems.push(format!("log.level invalid: {}", get("log", "level").map_or("<none>".into(), |v| v.to_string())));
    }
    problems
}

const GOOD: &str = "
name = \"demo\"   # service name
[Server]
port = 8080
workers = 8
tls = on
hosts = [a.example, b.example, ]
[log]
level = info
";

const BAD: &str = "
[server]
port = 70000
workers = 100
[log]
level = verbose
";

fn main() {
    for (label, src) in [("good", GOOD), ("bad", BAD), ("broken", "[x]\njust words\n")] {
        println!("== {} ==", label);
        let cfg = match parse(src) {
            Ok(c) => c,
            Err((line, msg)) => {
                println!("parse error on line {}: {}", line, msg);
                continue;
            }
        };
        for (sec, kv) in &cfg {
            for (k, v) in kv {
                println!("{:>8}.{:<8} = {}", sec, k, v);
            }
        }
        let problems = check(&cfg);
        if problems.is_empty() {
            println!("config ok");
        } else {
            for p in &problems {
                println!("problem: {}", p);
            }
            eprintln!("{} problems found, aborting", problems.len());
            process::exit(problems.len() as i32 + 10);
        }
    }
    println!("not reached");
}
