use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::process;

#[derive(Debug, Clone, PartialEq)]
enum Field {
    Int(i64),
    Text(String),
    Flag(bool),
}

#[derive(Debug)]
enum Problem {
    Missing(&'static str),
    WrongType { field: String, expected: &'static str },
    Invalid(String, String),
    Duplicate(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing(k) => write!(f, "missing required field '{}'", k),
            Problem::WrongType { field, expected } => write!(f, "field '{}' should be {}", field, expected),
            Problem::Invalid(k, why) => write!(f, "field '{}' invalid: {}", k, why),
            Problem::Duplicate(k) => write!(f, "duplicate key '{}'", k),
        }
    }
}

fn parse_record(line: &str) -> (BTreeMap<String, Field>, Vec<Problem>) {
    let mut map = BTreeMap::new();
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for kv in line.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let Some((k, v)) = kv.split_once('=') else {
            problems.push(Problem::Invalid(kv.to_string(), "expected key=value".into()));
            continue;
        };
        if !seen.insert(k) {
            problems.push(Problem::Duplicate(k.to_string()));
            continue;
        }
        let field = if let Ok(n) = v.parse::<i64>() {
            Field::Int(n)
        } else if let Ok(b) = v.parse::<bool>() {
            Field::Flag(b)
        } else {
            Field::Text(v.to_string())
        };
        map.insert(k.to_string(), field);
    }
    (map, problems)
}

fn validate(map: &BTreeMap<String, Field>, problems: &mut Vec<Problem>) {
    for req in ["id", "name", "age"] {
        if !map.contains_key(req) {
            problems.push(Problem::Missing(req));
        }
    }
    match map.get("age") {
        Some(Field::Int(a)) if !(0..=150).contains(a) => problems.push(Problem::Invalid("age".into(), format!("{} not in 0..=150", a))),
        Some(Field::Int(_)) | None => {}
        Some(_) => problems.push(Problem::WrongType { field: "age".into(), expected: "an integer" }),
    }
    if let Some(Field::Text(name)) = map.get("name") {
        if name.chars().any(|c| c.is_ascii_digit()) {
            problems.push(Problem::Invalid("name".into(), format!("{:?} contains digits", name)));
        }
    }
}

fn main() {
    let input = [
        "id=1, name=Grace, age=85, admin=true",
        "id=2, name=Linus, age=54",
        "id=3, name=R2D2, age=-4",
        "id=4, age=old, name=Ada, id=5",
        "name=Ken, junk, age=80",
    ];
    let mut error_count = 0;
    let mut valid_ages = Vec::new();
    for (n, line) in input.iter().enumerate() {
        let (map, mut problems) = parse_record(line);
        validate(&map, &mut problems);
        if problems.is_empty() {
            if let Some(Field::Int(a)) = map.get("age") {
                valid_ages.push(*a);
            }
            let admin = matches!(map.get("admin"), Some(Field::Flag(true)));
            println!("record {}: ok ({} fields{})", n + 1, map.len(), if admin { ", admin" } else { "" });
        } else {
            println!("record {}: {} problem(s)", n + 1, problems.len());
            for p in &problems {
                println!("  - {}", p);
            }
            error_count += problems.len();
        }
    }
    let avg = valid_ages.iter().sum::<i64>() as f64 / valid_ages.len().max(1) as f64;
    println!("valid ages {:?}, mean {:.1}", valid_ages, avg);
    if error_count > 0 {
        println!("validation failed with {} errors", error_count);
        eprintln!("error: {} invalid records", input.len() - valid_ages.len());
        process::exit(3);
    }
    println!("all good");
}
