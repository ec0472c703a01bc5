use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::process;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Carrier { Swift, Parcelo, Rail }

impl FromStr for Carrier {
    type Err = ParseErr;
    fn from_str(s: &str) -> Result<Self, ParseErr> {
        match s.trim().to_ascii_lowercase().as_str() {
            "swift" => Ok(Carrier::Swift),
            "parcelo" => Ok(Carrier::Parcelo),
            "rail" => Ok(Carrier::Rail),
            other => Err(ParseErr::Carrier(other.to_string())),
        }
    }
}

#[derive(Debug)]
enum ParseErr { Fields(usize), Carrier(String), Num(&'static str, std::num::ParseIntError) }

impl fmt::Display for ParseErr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseErr::Fields(n) => write!(f, "expected 5 fields, found {}", n),
            ParseErr::Carrier(c) => write!(f, "unknown carrier {:?}", c),
            ParseErr::Num(field, e) => write!(f, "bad {}: {}", field, e),
        }
    }
}

#[derive(Debug)]
struct Shipment { id: String, carrier: Carrier, route: (String, String), promised: u32, actual: u32 }

impl Shipment {
    fn delay(&self) -> i64 { self.actual as i64 - self.promised as i64 }
}

fn parse_line(line: &str) -> Result<Shipment, ParseErr> {
    let f: Vec<&str> = line.split(';').map(str::trim).collect();
    let [id, carrier, route, promised, actual] = f[..] else { return Err(ParseErr::Fields(f.len())) };
    let (from, to) = route.split_once("->").unwrap_or((route, "?"));
    Ok(Shipment {
        id: id.to_string(),
        carrier: carrier.parse()?,
        route: (from.to_string(), to.to_string()),
        promised: promised.parse().map_err(|e| ParseErr::Num("promised", e))?,
        actual: actual.parse().map_err(|e| ParseErr::Num("actual", e))?,
    })
}

const DATA: &str = "S1; swift; AMS->BER; 2; 2
S2; Parcelo; AMS->PAR; 3; 5
S3; rail; BER->VIE; 4; 4
S4; drone; AMS->BER; 1; 1
S5; swift; PAR->AMS; 2; 1
S6; parcelo; AMS->PAR; 3; x
S7; RAIL; BER->VIE; 4; 7
S8; swift; AMS->BER; 2
S9; parcelo; PAR->AMS; 2; 2
S10; rail; VIE->BER; 5; 6";

fn main() {
    let results: Vec<(usize, Result<Shipment, ParseErr>)> = DATA.lines().map(parse_line).enumerate().collect();
    let strict: Result<Vec<&Shipment>, String> = results.iter().map(|(i, r)| r.as_ref().map_err(|e| format!("line {}: {}", i + 1, e))).collect();
    println!("strict parse: {}", match &strict { Ok(v) => format!("{} ok", v.len()), Err(e) => format!("failed at {}", e) });

    let (good, bad): (Vec<_>, Vec<_>) = results.into_iter().partition(|(_, r)| r.is_ok());
    let shipments: Vec<Shipment> = good.into_iter().map(|(_, r)| r.unwrap()).collect();
    for (i, r) in &bad {
        println!("  skip line {:>2}: {}", i + 1, r.as_ref().err().unwrap());
    }

    let by_carrier: BTreeMap<Carrier, Vec<&Shipment>> = shipments.iter().fold(BTreeMap::new(), |mut m, s| {
        m.entry(s.carrier).or_insert_with(Vec::new).push(s);
        m
    });
    for (c, list) in &by_carrier {
        let (ids, delays): (Vec<&str>, Vec<i64>) = list.iter().map(|s| (s.id.as_str(), s.delay())).unzip();
        let on_time = delays.iter().filter(|&&d| d <= 0).count();
        println!("{:<8} {:?} delays {:?} on-time {}/{}", format!("{:?}", c), ids, delays, on_time, list.len());
    }

    let route_index: HashMap<String, usize> = shipments.iter().map(|s| (format!("{}->{}", s.route.0, s.route.1), s.actual as usize)).collect();
    let mut routes: Vec<(&String, &usize)> = route_index.iter().collect();
    routes.sort();
    println!("last actual per route: {:?}", routes);
    println!("AMS->PAR known: {}", route_index.contains_key("AMS->PAR"));

    let promised: Vec<u32> = shipments.iter().map(|s| s.promised).collect();
    let actual: Vec<u32> = shipments.iter().map(|s| s.actual).collect();
    let total_slip: i64 = promised.iter().zip(&actual).map(|(p, a)| *a as i64 - *p as i64).sum();
    let worst = shipments.iter().max_by_key(|s| (s.delay(), std::cmp::Reverse(s.id.clone()))).unwrap();
    println!("total slip {} days, worst {} (+{})", total_slip, worst.id, worst.delay());

    let error_rate = bad.len() as f64 / (bad.len() + shipments.len()) as f64;
    let late_rate = shipments.iter().filter(|s| s.delay() > 0).count() as f64 / shipments.len() as f64;
    println!("error rate {:.1}% late rate {:.1}%", error_rate * 100.0, late_rate * 100.0);
    let code = match (error_rate > 0.2, late_rate > 0.3) {
        (true, true) => 3,
        (true, false) => 2,
        (false, true) => 1,
        (false, false) => 0,
    };
    if code != 0 {
        println!("quality gate failed with code {}", code);
        process::exit(code);
    }
    println!("quality gate passed");
}
