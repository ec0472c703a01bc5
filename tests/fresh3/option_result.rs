use std::collections::HashMap;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    Parse { key: &'static str, source: ParseIntError },
    Range(&'static str, i64),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::Missing(k) => write!(f, "missing key `{k}`"),
            Self::Parse { key, source } => write!(f, "key `{key}`: {source}"),
            Self::Range(k, v) => write!(f, "key `{k}` out of range: {v}"),
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Debug)]
struct Config {
    port: u16,
    workers: i64,
    timeout: Option<i64>,
}

fn get_int(map: &HashMap<&str, &str>, key: &'static str) -> Result<Option<i64>, ConfigError> {
    map.get(key)
        .map(|s| s.trim().parse::<i64>().map_err(|e| ConfigError::Parse { key, source: e }))
        .transpose()
}

fn load(text: &str) -> Result<Config, ConfigError> {
    let map: HashMap<&str, &str> = text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.trim(), v)).collect();
    let port = get_int(&map, "port")?.ok_or(ConfigError::Missing("port"))?;
    let port = u16::try_from(port).map_err(|_| ConfigError::Range("port", port))?;
    let workers = get_int(&map, "workers")?.filter(|&w| w > 0).unwrap_or(4);
    let timeout = get_int(&map, "timeout")?;
    Ok(Config { port, workers, timeout })
}

fn main() {
    let texts = ["port=8080\nworkers=16", "workers=2", "port = 70000", "port=80\ntimeout=abc", "port=443\nworkers=-3\ntimeout= 30 "];
    for t in texts {
        match load(t) {
            Ok(c) => println!("ok  {:?}", c),
            Err(e) => println!("err {}", e),
        }
    }

    let maybe: Option<&str> = Some("42");
    println!("map_or {} {}", maybe.map_or(0, |s| s.len()), None::<&str>.map_or(-1, |s| s.len() as i32));
    println!("and_then {:?}", maybe.and_then(|s| s.parse::<u8>().ok()).filter(|n| n % 2 == 0));
    println!("zip {:?} {:?}", Some(1).zip(Some('a')), Some(1).zip(None::<char>));
    println!("xor {:?} or {:?} or_else {:?}", Some(1).xor(None), None.or(Some(2)), None::<i32>.or_else(|| Some(3)));

    let mut slot: Option<String> = None;
    slot.get_or_insert_with(|| "initial".to_string()).push_str("+more");
    println!("slot {:?}", slot);
    let old = slot.replace("new".into());
    println!("old {:?} now {:?}", old, slot);
    let taken = slot.take();
    println!("taken {:?} left {:?} is_none {}", taken, slot, slot.is_none());
    let mut cnt = Some(3);
    if let Some(c) = cnt.as_mut() { *c += 1; }
    println!("cnt {:?} is_some_and>3 {}", cnt, cnt.is_some_and(|c| c > 3));

    let strs = ["1", "2", "x3", "4"];
    let all: Result<Vec<i32>, _> = strs.iter().map(|s| s.parse::<i32>()).collect();
    println!("collect all: {:?}", all);
    let good: Result<Vec<i32>, _> = strs[..2].iter().map(|s| s.parse::<i32>()).collect();
    println!("collect good: {:?}", good);
    let opts: Option<Vec<u32>> = ["7", "8"].iter().map(|s| s.parse().ok()).collect();
    println!("collect opt: {:?}", opts);
    let (oks, errs): (Vec<_>, Vec<_>) = strs.iter().map(|s| s.parse::<i32>()).partition(|r| r.is_ok());
    println!("{} ok, {} err", oks.len(), errs.len());

    let r: Result<i32, String> = Err("boom".into());
    println!("unwrap_or_else {}", r.clone().unwrap_or_else(|e| e.len() as i32));
    println!("ok() {:?} err() {:?}", r.clone().ok(), r.as_ref().err());
    println!("and_then {:?}", Ok::<i32, String>(10).and_then(|v| if v > 5 { Err(format!("{v} too big")) } else { Ok(v) }));
    println!("map_or_else {}", r.map_or_else(|e| format!("E:{e}"), |v| format!("V:{v}")));
    let o: Option<i32> = None;
    let res: Result<i32, ConfigError> = o.ok_or_else(|| ConfigError::Missing("thing"));
    println!("{}", res.unwrap_err());
    let nested: Option<Option<i32>> = Some(Some(5));
    println!("flatten {:?} unwrap_or_default {}", nested.flatten(), None::<i32>.unwrap_or_default());
    let sum: Option<i32> = [Some(1), Some(2), None].into_iter().sum();
    let sum2: Option<i32> = [Some(1), Some(2)].into_iter().sum();
    println!("sums {:?} {:?}", sum, sum2);
    let boxed: Box<dyn std::error::Error> = Box::new(ConfigError::Range("x", -1));
    println!("boxed: {boxed} / {boxed:?}");
}
