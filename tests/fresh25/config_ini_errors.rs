use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    MissingSection(usize),
    BadLine { line: usize, text: String },
    BadNumber { key: String, source: ParseIntError },
    Duplicate(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::MissingSection(l) => write!(f, "line {}: key outside of any section", l),
            ConfigError::BadLine { line, text } => write!(f, "line {}: cannot parse {:?}", line, text),
            ConfigError::BadNumber { key, source } => write!(f, "key '{}': {}", key, source),
            ConfigError::Duplicate(k) => write!(f, "duplicate key '{}'", k),
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

#[derive(Debug, Default)]
struct Config {
    sections: BTreeMap<String, BTreeMap<String, String>>,
}

impl Config {
    fn parse(text: &str) -> Result<Config, ConfigError> {
        let mut cfg = Config::default();
        let mut current: Option<String> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let name = rest.trim_end_matches(']').trim();
                cfg.sections.entry(name.to_string()).or_default();
                current = Some(name.to_string());
                continue;
            }
            let (k, v) = line.split_once('=').ok_or_else(|| ConfigError::BadLine {
                line: i + 1,
                text: line.to_string(),
            })?;
            let sec = current.as_ref().ok_or(ConfigError::MissingSection(i + 1))?;
            let key = k.trim().to_string();
            let value = v.trim().trim_matches('"').to_string();
            let map = cfg.sections.get_mut(sec).unwrap();
            if map.contains_key(&key) {
                return Err(ConfigError::Duplicate(format!("{}.{}", sec, key)));
            }
            map.insert(key, value);
        }
        Ok(cfg)
    }

    fn get(&self, path: &str) -> Option<&str> {
        let (sec, key) = path.split_once('.')?;
        self.sections.get(sec)?.get(key).map(|s| s.as_str())
    }

    fn get_int(&self, path: &str) -> Result<i64, ConfigError> {
        let raw = self.get(path).unwrap_or("0");
        raw.parse::<i64>().map_err(|e| ConfigError::BadNumber { key: path.to_string(), source: e })
    }
}

fn report(name: &str, text: &str) {
    println!("== {} ==", name);
    match Config::parse(text) {
        Ok(cfg) => {
            for (sec, map) in &cfg.sections {
                println!("[{}] {} keys", sec, map.len());
                for (k, v) in map {
                    println!("  {:<10} = {:?}", k, v);
                }
            }
            for key in ["server.port", "server.workers", "db.timeout", "missing.key"] {
                match cfg.get_int(key) {
                    Ok(n) => println!("  int {:<16} -> {:>6}", key, n),
                    Err(e) => {
                        println!("  error: {}", e);
                        if let Some(src) = e.source() {
                            println!("    caused by: {}", src);
                            println!("    debug: {:?}", src);
                        }
                    }
                }
            }
        }
        Err(e) => println!("parse failed: {} ({:?})", e, e),
    }
}

fn main() {
    let good = "# server config\n[server]\nhost = \"example.org\"\nport = 8080\nworkers = 4x\n\n[db]\n; comment\nurl=\"postgres://localhost\"\ntimeout = -30\n";
    let no_section = "port = 1\n[a]\nb = 2\n";
    let bad_line = "[a]\nb = 2\nthis is junk\n";
    let dup = "[server]\nport = 1\nport = 2\n";
    let overflow = "[server]\nport = 99999999999999999999\nworkers=\n[db]\ntimeout=+15\n";
    report("good", good);
    report("no_section", no_section);
    report("bad_line", bad_line);
    report("dup", dup);
    report("overflow", overflow);
}
