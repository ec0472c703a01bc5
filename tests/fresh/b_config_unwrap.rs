use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Debug)]
enum ConfigError {
    MissingEquals { line: usize },
    EmptyKey { line: usize },
    BadValue { key: String, value: String, reason: String },
}

#[derive(Debug, Clone, PartialEq)]
enum Setting {
    Int(i64),
    Bool(bool),
    Text(String),
}

impl FromStr for Setting {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Ok(n) = s.parse::<i64>() {
            return Ok(Setting::Int(n));
        }
        match s {
            "true" | "yes" | "on" => Ok(Setting::Bool(true)),
            "false" | "no" | "off" => Ok(Setting::Bool(false)),
            _ if s.starts_with('"') && s.ends_with('"') && s.len() >= 2 => Ok(Setting::Text(s[1..s.len() - 1].to_string())),
            _ => Err(format!("cannot interpret {:?}", s)),
        }
    }
}

fn parse_config(src: &str) -> Result<BTreeMap<String, Setting>, ConfigError> {
    let mut map = BTreeMap::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.split('#').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(ConfigError::MissingEquals { line: i + 1 })?;
        let key = k.trim();
        if key.is_empty() {
            return Err(ConfigError::EmptyKey { line: i + 1 });
        }
        let value = v.trim();
        let setting = value.parse::<Setting>().map_err(|reason| ConfigError::BadValue {
            key: key.to_string(),
            value: value.to_string(),
            reason,
        })?;
        map.insert(key.to_string(), setting);
    }
    Ok(map)
}

const GOOD: &str = r#"
# server settings
port = 8080
host = "localhost"
debug = on   # verbose logging
workers = 4
"#;

const BAD: &str = r#"
port = 9090
timeout = 30s
"#;

fn main() {
    let cfg = parse_config(GOOD).unwrap();
    for (k, v) in &cfg {
        println!("{:<8} = {:?}", k, v);
    }
    let port = match cfg.get("port") {
        Some(Setting::Int(p)) => *p as u16,
        _ => 80,
    };
    println!("listening on port {}", port);
    println!("{:?}", parse_config("a = 1\nnonsense"));
    println!("{:?}", parse_config(" = 3"));
    println!("loading second config...");
    let cfg2 = parse_config(BAD).unwrap();
    println!("loaded {} keys", cfg2.len());
}
