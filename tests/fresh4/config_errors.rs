// Error handling: custom error enums, From conversions, source(), Box<dyn Error>.
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ConfigError {
    MissingKey(String),
    BadInt { key: String, source: ParseIntError },
    BadFloat(ParseFloatError),
    OutOfRange(&'static str, i64),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::MissingKey(k) => write!(f, "missing key '{}'", k),
            ConfigError::BadInt { key, .. } => write!(f, "key '{}' is not an integer", key),
            ConfigError::BadFloat(_) => write!(f, "bad float value"),
            ConfigError::OutOfRange(what, v) => write!(f, "{} out of range: {}", what, v),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::BadInt { source, .. } => Some(source),
            ConfigError::BadFloat(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self {
        ConfigError::BadFloat(e)
    }
}

#[derive(Debug)]
struct Config {
    port: i64,
    ratio: f64,
    name: String,
}

fn lookup<'a>(pairs: &'a [(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    pairs
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .ok_or_else(|| ConfigError::MissingKey(key.to_string()))
}

fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect();
    let port_s = lookup(&pairs, "port")?;
    let port: i64 = port_s
        .parse()
        .map_err(|e| ConfigError::BadInt { key: "port".into(), source: e })?;
    if !(1..=65535).contains(&port) {
        return Err(ConfigError::OutOfRange("port", port));
    }
    let ratio: f64 = lookup(&pairs, "ratio")?.parse()?;
    let name = lookup(&pairs, "name").unwrap_or("default").to_string();
    Ok(Config { port, ratio, name })
}

fn total_port(inputs: &[&str]) -> Result<i64, Box<dyn Error>> {
    let mut sum = 0;
    for t in inputs {
        let c = parse_config(t)?;
        sum += c.port;
    }
    let extra: i64 = "42".parse()?;
    Ok(sum + extra)
}

fn report(e: &dyn Error) {
    println!("error: {}", e);
    let mut cur = e.source();
    while let Some(s) = cur {
        println!("  caused by: {}", s);
        cur = s.source();
    }
}

fn main() {
    let inputs = [
        "port = 8080\nratio = 0.75\nname = web",
        "port=443\nratio=1e-3",
        "ratio = 2.0",
        "port = eighty\nratio = 1",
        "port = 70000\nratio = 1",
        "port = 22\nratio = fast",
    ];
    for text in &inputs {
        match parse_config(text) {
            Ok(c) => println!("ok: {:?}", c),
            Err(e) => report(&e),
        }
    }
    match total_port(&inputs[..2]) {
        Ok(v) => println!("total = {}", v),
        Err(e) => report(e.as_ref()),
    }
    if let Err(e) = total_port(&inputs) {
        report(e.as_ref());
        let is_cfg = e.downcast_ref::<ConfigError>().is_some();
        println!("is ConfigError: {}", is_cfg);
        std::process::exit(2);
    }
    println!("not reached");
}
