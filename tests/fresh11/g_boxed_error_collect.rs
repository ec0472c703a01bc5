// Box<dyn Error + Send + Sync>, Result<Vec<_>,_> collect, Option combinators.
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;

type BoxResult<T> = Result<T, Box<dyn Error + Send + Sync>>;

#[derive(Debug)]
struct ValidationError {
    key: String,
    reason: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.reason)
    }
}
impl Error for ValidationError {}

fn parse_pair(s: &str) -> BoxResult<(String, i32)> {
    let (k, v) = s.split_once('=').ok_or_else(|| format!("no '=' in {:?}", s))?;
    let key = k.trim();
    if key.is_empty() {
        return Err(Box::new(ValidationError { key: "<empty>".into(), reason: "empty key".into() }));
    }
    let value: i32 = v.trim().parse()?;
    if value < 0 {
        return Err(ValidationError { key: key.to_string(), reason: format!("negative value {}", value) }.into());
    }
    Ok((key.to_string(), value))
}

fn parse_config(src: &str) -> BoxResult<BTreeMap<String, i32>> {
    let pairs: Vec<(String, i32)> = src
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(parse_pair)
        .collect::<BoxResult<Vec<_>>>()?;
    Ok(pairs.into_iter().collect())
}

fn lookup_scaled(cfg: &BTreeMap<String, i32>, key: &str, scale: i32) -> Option<i32> {
    cfg.get(key)
        .copied()
        .filter(|v| *v != 0)
        .and_then(|v| v.checked_mul(scale))
        .map(|v| v + 1)
}

fn first_even_key(cfg: &BTreeMap<String, i32>) -> Option<&str> {
    cfg.iter().find(|(_, v)| *v % 2 == 0).map(|(k, _)| k.as_str())
}

fn describe(e: &(dyn Error + Send + Sync + 'static)) -> String {
    if let Some(v) = e.downcast_ref::<ValidationError>() {
        format!("validation[{}]", v.key)
    } else if e.downcast_ref::<std::num::ParseIntError>().is_some() {
        format!("parse-int({})", e)
    } else {
        format!("other({})", e)
    }
}

fn main() {
    let sources = [
        "a=1; b = 2; c=30",
        "a=1; b=x",
        "width=10;height=-5",
        "=4",
        "alpha=3; beta",
        "",
    ];
    for src in sources {
        match parse_config(src) {
            Ok(cfg) => println!("ok {:?}", cfg),
            Err(e) => println!("err {}", describe(e.as_ref())),
        }
    }

    let cfg = parse_config("w=3; h=0; big=2000000000; n=8").unwrap();
    for key in ["w", "h", "big", "n", "missing"] {
        println!("scaled {} -> {:?}", key, lookup_scaled(&cfg, key, 2));
    }
    println!("first even key: {:?}", first_even_key(&cfg));
    let label = cfg.get("w").map_or_else(|| "none".to_string(), |v| format!("w is {}", v));
    println!("{}", label);
    let sum_opt: Option<i32> = ["w", "n"].iter().map(|k| cfg.get(*k).copied()).sum();
    let sum_none: Option<i32> = ["w", "zz"].iter().map(|k| cfg.get(*k).copied()).sum();
    println!("sum w+n = {:?}, sum w+zz = {:?}", sum_opt, sum_none);
    let zipped = cfg.get("w").zip(cfg.get("n")).map(|(a, b)| a * b);
    println!("zip product = {:?}", zipped.xor(None));
    let nums: Result<Vec<u8>, _> = "1 2 300".split(' ').map(str::parse::<u8>).collect();
    println!("u8 collect: {}", nums.map_err(|e| e.to_string()).unwrap_err());
}
