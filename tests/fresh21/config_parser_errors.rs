use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ConfigError {
    Syntax { line: usize, text: String },
    BadInt { key: String, source: ParseIntError },
    BadFloat(ParseFloatError),
    Missing(&'static str),
    OutOfRange { key: &'static str, value: i64, min: i64, max: i64 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Syntax { line, text } => write!(f, "line {}: cannot parse {:?}", line, text),
            ConfigError::BadInt { key, source } => write!(f, "key '{}': {}", key, source),
            ConfigError::BadFloat(e) => write!(f, "bad float: {}", e),
            ConfigError::Missing(k) => write!(f, "missing required key '{}'", k),
            ConfigError::OutOfRange { key, value, min, max } => write!(f, "{}={} not in {}..={}", key, value, min, max),
        }
    }
}

impl Error for ConfigError {}

impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self { ConfigError::BadFloat(e) }
}

impl From<ParseIntError> for ConfigError {
    fn from(source: ParseIntError) -> Self { ConfigError::BadInt { key: "?".into(), source } }
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Config { name: String, port: u16, workers: i64, ratio: f64, debug: bool }

fn parse_pairs(src: &str) -> Result<BTreeMap<&str, &str>, ConfigError> {
    let mut map = BTreeMap::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.split('#').next().unwrap().trim();
        if line.is_empty() { continue; }
        let (k, v) = line.split_once('=').ok_or_else(|| ConfigError::Syntax { line: i + 1, text: line.to_string() })?;
        map.insert(k.trim(), v.trim());
    }
    Ok(map)
}

fn ranged(key: &'static str, value: i64, min: i64, max: i64) -> Result<i64, ConfigError> {
    if (min..=max).contains(&value) { Ok(value) } else { Err(ConfigError::OutOfRange { key, value, min, max }) }
}

fn parse_config(src: &str) -> Result<Config, ConfigError> {
    let map = parse_pairs(src)?;
    let get = |k: &'static str| map.get(k).copied().ok_or(ConfigError::Missing(k));
    let port: i64 = get("port")?.parse().map_err(|e| ConfigError::BadInt { key: "port".into(), source: e })?;
    let workers = ranged("workers", get("workers").unwrap_or("4").parse::<i64>()?, 1, 64)?;
    let ratio: f64 = map.get("ratio").map(|s| s.parse()).transpose()?.unwrap_or(0.5);
    Ok(Config {
        name: get("name")?.to_string(),
        port: ranged("port", port, 1, 65535)? as u16,
        workers,
        ratio,
        debug: matches!(map.get("debug"), Some(&"true") | Some(&"1")),
    })
}

fn total_ports(srcs: &[&str]) -> Result<u32, Box<dyn Error>> {
    let mut sum = 0u32;
    for s in srcs {
        let cfg = parse_config(s)?;
        sum += u32::from(cfg.port);
    }
    let extra: u32 = "17".parse()?;
    Ok(sum + extra)
}

fn main() {
    let good = "name = api\nport = 8080 # http\nworkers=8\nratio=0.75\ndebug=true\n";
    let cases = [
        ("good", good),
        ("defaults", "name=svc\nport=443"),
        ("syntax", "name=x\nthis line is wrong\nport=1"),
        ("bad port", "name=x\nport=eighty"),
        ("bad workers", "name=x\nport=80\nworkers=many"),
        ("range", "name=x\nport=70000"),
        ("workers range", "name=x\nport=22\nworkers=0"),
        ("bad float", "name=x\nport=22\nratio=.5.5"),
        ("missing", "port=22"),
    ];
    for (label, src) in cases {
        match parse_config(src) {
            Ok(c) => println!("{:<13} OK  {:?}", label, c),
            Err(e) => println!("{:<13} ERR {}", label, e),
        }
    }
    println!("{:#?}", parse_config(good).unwrap());
    println!("total ports: {:?}", total_ports(&[good, "name=b\nport=443"]).map_err(|e| e.to_string()));
    match total_ports(&[good, "port=1"]) {
        Ok(n) => println!("total {}", n),
        Err(e) => println!("boxed error: {}", e),
    }
    let err = parse_config("name=z\nport=-1").unwrap_err();
    println!("debug form: {:?}", err);
    println!("loading production config...");
    let prod = parse_config("name=prod\nport=99999\nworkers=16").unwrap();
    println!("unreachable: {:?}", prod);
}
