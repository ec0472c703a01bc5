// Builder-ish settings with #[derive(Default)] and manual Default, struct update syntax, From/Into, TryFrom.
use std::convert::TryFrom;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum LogLevel {
    Error,
    Warn,
    #[default]
    Info,
    Debug,
}

impl TryFrom<&str> for LogLevel {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Ok(LogLevel::Error),
            "warn" | "warning" => Ok(LogLevel::Warn),
            "info" => Ok(LogLevel::Info),
            "debug" => Ok(LogLevel::Debug),
            other => Err(format!("unknown log level '{}'", other)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Timeout(u64);

impl Default for Timeout {
    fn default() -> Self {
        Timeout(30_000)
    }
}

impl From<u64> for Timeout {
    fn from(secs: u64) -> Self {
        Timeout(secs * 1000)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Settings {
    name: String,
    retries: u8,
    level: LogLevel,
    timeout: Timeout,
    tags: Vec<String>,
    proxy: Option<String>,
}

impl Settings {
    fn apply(mut self, arg: &str) -> Result<Self, String> {
        let (k, v) = arg.trim_start_matches("--").split_once('=').ok_or(format!("bad argument {}", arg))?;
        match k {
            "name" => self.name = v.to_string(),
            "retries" => self.retries = v.parse().map_err(|e| format!("retries: {}", e))?,
            "level" => self.level = LogLevel::try_from(v)?,
            "timeout" => self.timeout = v.parse::<u64>().map_err(|e| e.to_string())?.into(),
            "tag" => self.tags.push(v.to_string()),
            "proxy" => self.proxy = Some(v.to_string()).filter(|p| !p.is_empty()),
            _ => return Err(format!("unknown option {}", k)),
        }
        Ok(self)
    }
}

fn main() {
    let defaults = Settings::default();
    println!("{:?}", defaults);
    let custom = Settings { name: "worker".into(), retries: 3, ..Default::default() };
    println!("{:#?}", custom);

    let args = ["--name=api", "--level=DEBUG", "--timeout=5", "--tag=blue", "--tag=eu", "--proxy="];
    let built = args.iter().try_fold(Settings::default(), |s, a| s.apply(a));
    println!("{:?}", built);

    for bad in [vec!["--level=loud"], vec!["--retries=300"], vec!["--name=x", "oops"], vec!["--color=red"]] {
        match bad.iter().try_fold(custom.clone(), |s, a| s.apply(a)) {
            Ok(s) => println!("unexpected ok {:?}", s),
            Err(e) => println!("error: {}", e),
        }
    }
    let t: Timeout = 12.into();
    println!("{:?} == Timeout(12000): {}", t, t == Timeout(12_000));
    println!("levels: {:?}", ["Error", "warning", "INFO", "trace"].map(LogLevel::try_from));
    let mut s = built.unwrap();
    let old_tags = std::mem::take(&mut s.tags);
    let old_name = std::mem::replace(&mut s.name, "renamed".to_string());
    println!("took tags {:?} and name {:?}; now tags={:?} name={:?}", old_tags, old_name, s.tags, s.name);
    println!("differs from default: {}", s != Settings::default());
}
