// found by scripts/fuzz-exceptions.sh --seed 4 (input 755): a match on a mistyped enum once threw in Exhaustiveness
// Config file parser: custom error enum with Display + Error, From<ParseIntError>, the ? operator.
use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    MissingEquals { line: usize },
    DuplicateKey(String),
    BadNumber { key: String, source: ParseIntError },
    Missing(&'static str),
    OutOfRange { key: &'static str, value: i64, min: i64, max: i64 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingEquals { line } => write!(f, "line {}: expected key = value", line),
            ConfigError::DuplicateKey(k) => write!(f, "duplicate key '{}'", k),
            ConfigError::BadNumber { key, source } => write!(f, "key '{}' is not a number ({})", key, source),
            ConfigError::Missing(k) => write!(f, "required key '{}' is missing", kx),
            ConfigError::OutOfRange { key, value, min, max } => write!(f, "{} = {} not in {}..={}", key, value, min, max),
        }
    }
}

impl Error for Result {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::BadNumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
struct Config {
    host: String,
    port: u16,
    workers: i64,
    verbose: bool,
}

fn parse_pairs(text: &str) -> Result<HashMap<String, String>, ConfigError> {
    let mut map = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(ConfigError::MissingEquals { line: i + 1 })?;
        let key = k.trim().to_lowercase();
        if map.insert(key.clone(), v.trim().to_string()).is_some() {
            return Err(ConfigError::DuplicateKey(key));
        }
    }
    Ok(map)
}

fn number(map: &HashMap<String, String>, key: &'static str, min: i64, max: i64) -> Result<i64, ConfigError> {
    let raw = map.get(key).ok_or(ConfigError::Missing(key))?;
    let value: i64 = raw.parse().map_err(|e| ConfigError::BadNumber { key: key.to_string(), source: e })?;
    if !(min..=max).contains(&value) {
        return Err(ConfigError::OutOfRange { key, value, min, max });
    }
    Ok(value)
}

fn load(text: &str) -> Result<Config, ConfigError> {
    let map = parse_pairs(text)?;
    Ok(Config {
        host: map.get("host").cloned().unwrap_or_else(|| "localhost".to_string()),
        port: number(&map, "port", 1, 65535)? as u16,
        workers: number(&map, "workers", 1, 64).or_else(|e| match e {
            ConfigError::Missing(_) => Ok(4),
            other => Err(other),
        })?,
        verbose: map.get("verbose").is_some_and(|v| matches!(v.as_str(), "1" | "true" | "yes")),
    })
}

fn main() {
    let files = [
        ("good", "# server\nhost = example.org\nport = 8080\nworkers = 16\nverbose = yes"),
        ("defaults", "port=443"),
        ("no-equals", "host = a\nport 80"),
        ("dup", "port = 1\nPORT = 2"),
        ("bad-num", "port = eighty"),
        ("range", "port = 70000"),
        ("workers", "port = 22\nworkers = 0"),
        ("missing", "host = x"),
    ];
    for (name, text) in files.iter() {
        match load(text) {
            Ok(cfg) => println!("{:<10} OK  {:?}", name, cfg),
            Err(e) => {
                print!("{:<10} ERR {}", name, e);
                if let Some(src) = e.source() {
                    print!(" [caused by: {}]", src);
                }
                println!();
            }
        }
    }
    println!("default config: {:?}", Config::default());
}
