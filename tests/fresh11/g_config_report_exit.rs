// Config validation with layered errors, error report printing, then std::process::exit(2).
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::process;

#[derive(Debug)]
enum ConfigError {
    Syntax { line: usize, text: String },
    BadNumber { key: String, source: ParseIntError },
    OutOfRange { key: String, value: i64, min: i64, max: i64 },
    Missing(&'static str),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Syntax { line, text } => write!(f, "line {}: cannot parse {:?}", line, text),
            ConfigError::BadNumber { key, .. } => write!(f, "key `{}` is not a number", key),
            ConfigError::OutOfRange { key, value, min, max } => {
                write!(f, "key `{}` = {} not in {}..={}", key, value, min, max)
            }
            ConfigError::Missing(k) => write!(f, "required key `{}` missing", k),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::BadNumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[derive(Debug)]
struct Config {
    port: i64,
    workers: i64,
    name: String,
}

struct Validator<'a> {
    raw: BTreeMap<&'a str, &'a str>,
    errors: Vec<ConfigError>,
}

impl<'a> Validator<'a> {
    fn parse(src: &'a str) -> Self {
        let mut v = Validator { raw: BTreeMap::new(), errors: Vec::new() };
        for (i, line) in src.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line.split_once('=') {
                Some((k, val)) => {
                    v.raw.insert(k.trim(), val.trim());
                }
                None => v.errors.push(ConfigError::Syntax { line: i + 1, text: line.to_string() }),
            }
        }
        v
    }

    fn int(&mut self, key: &'static str, min: i64, max: i64, default: Option<i64>) -> i64 {
        let Some(raw) = self.raw.get(key) else {
            if default.is_none() {
                self.errors.push(ConfigError::Missing(key));
            }
            return default.unwrap_or(min);
        };
        match raw.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => n,
            Ok(n) => {
                self.errors.push(ConfigError::OutOfRange { key: key.into(), value: n, min, max });
                n.clamp(min, max)
            }
            Err(e) => {
                self.errors.push(ConfigError::BadNumber { key: key.into(), source: e });
                min
            }
        }
    }

    fn finish(mut self) -> Result<Config, Vec<ConfigError>> {
        let port = self.int("port", 1, 65535, None);
        let workers = self.int("workers", 1, 64, Some(4));
        let name = self.raw.get("name").map_or_else(|| "default".to_string(), |s| s.to_string());
        if self.errors.is_empty() { Ok(Config { port, workers, name }) } else { Err(self.errors) }
    }
}

fn print_report(errors: &[ConfigError]) {
    println!("configuration invalid: {} problem(s)", errors.len());
    for (i, e) in errors.iter().enumerate() {
        println!("  {}. {}", i + 1, e);
        let mut src = e.source();
        while let Some(s) = src {
            println!("     caused by: {}", s);
            src = s.source();
        }
    }
}

fn main() {
    let good = "# server\nport = 8080\nname = api\n";
    match Validator::parse(good).finish() {
        Ok(c) => println!("ok: {:?}", c),
        Err(es) => print_report(&es),
    }
    let clamped = "port=443\nworkers=12";
    let c = Validator::parse(clamped).finish().expect("valid");
    println!("ok: port={} workers={} name={}", c.port, c.workers, c.name);

    let bad = "port = 99999\nworkers = lots\nthis line is junk\n\nname=x";
    match Validator::parse(bad).finish() {
        Ok(c) => println!("unexpected ok {:?}", c),
        Err(es) => {
            print_report(&es);
            let missing_only = Validator::parse("workers=2").finish().unwrap_err();
            print_report(&missing_only);
            println!("exiting with status 2");
            process::exit(2);
        }
    }
    println!("not reached");
}
