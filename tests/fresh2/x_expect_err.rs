use std::collections::BTreeMap;

#[derive(Debug)]
struct ServerConfig {
    host: String,
    port: u16,
    workers: u8,
    verbose: bool,
}

fn parse_config(text: &str) -> BTreeMap<&str, &str> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect()
}

fn build(map: &BTreeMap<&str, &str>) -> ServerConfig {
    let host = map.get("host").copied().unwrap_or("localhost").to_string();
    let port = map.get("port").map(|p| p.parse::<u16>().expect("port must be a number between 0 and 65535")).unwrap_or(8080);
    let workers = map.get("workers").map_or(Ok(4), |w| w.parse()).expect("workers must fit in a u8");
    let verbose = map.get("verbose").is_some_and(|v| *v == "true");
    ServerConfig { host, port, workers, verbose }
}

fn main() {
    let configs = [
        "host: example.com\nport: 443\nverbose: true",
        "port: 8000\nworkers: 16",
        "host: 10.0.0.1\nworkers: 300\nport: 80",
        "host: never.reached",
    ];
    for (i, text) in configs.iter().enumerate() {
        let map = parse_config(text);
        println!("config #{i}: {} keys", map.len());
        let cfg = build(&map);
        println!("  -> {cfg:?}");
    }
}
