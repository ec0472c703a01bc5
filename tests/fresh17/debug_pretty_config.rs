use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq)]
enum LogLevel {
    Trace,
    Info,
    Warn { threshold: u8 },
    Custom(String, i32),
}

#[derive(Debug, Clone)]
struct Endpoint {
    host: String,
    port: u16,
    tls: Option<(String, bool)>,
}

#[derive(Debug)]
struct ServiceConfig {
    name: &'static str,
    version: (u8, u8, u16),
    endpoints: Vec<Endpoint>,
    level: LogLevel,
    limits: BTreeMap<String, f64>,
    tags: Vec<&'static str>,
    fallback: Option<Box<ServiceConfig>>,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Pair<'a>(&'a str, [i32; 3]);

fn main() {
    let mut raw_limits: HashMap<String, f64> = HashMap::new();
    raw_limits.insert("rps".to_string(), 250.0);
    raw_limits.insert("burst".to_string(), 1.5e3);
    raw_limits.insert("timeout_s".to_string(), 0.25);
    let limits: BTreeMap<String, f64> = raw_limits.into_iter().collect();

    let fallback = ServiceConfig {
        name: "backup",
        version: (0, 9, 1),
        endpoints: vec![],
        level: LogLevel::Trace,
        limits: BTreeMap::new(),
        tags: vec![],
        fallback: None,
    };
    let cfg = ServiceConfig {
        name: "api-gateway",
        version: (2, 14, 307),
        endpoints: vec![
            Endpoint { host: "10.0.0.1".into(), port: 443, tls: Some(("cert.pem".into(), true)) },
            Endpoint { host: "localhost".into(), port: 8080, tls: None },
        ],
        level: LogLevel::Warn { threshold: 3 },
        limits,
        tags: vec!["edge", "prod", "say \"hi\""],
        fallback: Some(Box::new(fallback)),
    };

    println!("compact: {:?}", cfg.endpoints[0]);
    println!("pretty:\n{:#?}", cfg);
    println!("levels: {:?}", [LogLevel::Info, LogLevel::Custom("audit\t1".into(), -4), LogLevel::Warn { threshold: 0 }]);
    println!("{:#?}", LogLevel::Custom("x".into(), 7));
    println!("unit={:?} pair={:?}", Unit, Pair("p", [1, -2, 3]));
    println!("{:#?}", Pair("nested", [0; 3]));

    let nested: Vec<Option<(char, Vec<u8>)>> = vec![Some(('a', vec![1, 2])), None, Some(('\n', vec![]))];
    println!("{:?}", nested);
    println!("{:#?}", nested[0]);
    let r: Result<u8, String> = Err("boom".into());
    let tuple = ((1, 2.5), "three", [Some(4u8), None], r);
    println!("{:?}", tuple);

    let mut counts: HashMap<&str, Vec<u32>> = HashMap::new();
    for (i, w) in "b a c a b a".split(' ').enumerate() {
        counts.entry(w).or_default().push(i as u32);
    }
    let sorted: BTreeMap<_, _> = counts.iter().collect();
    println!("{:?}", sorted);
    println!("{:#?}", sorted);
    println!("width on debug: [{:>12?}] [{:<10?}] [{:^9?}]", Some(5), "ab", 'q');
    println!("float debug: {:?} {:?} {:.2?}", 1.0f64, vec![0.5f32, 2.0], vec![1.23456, 9.8765]);
    println!("eq check: {}", cfg.level == LogLevel::Warn { threshold: 3 });
}
