use std::collections::BTreeMap;
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ip(u32);

#[derive(Debug)]
enum NetError {
    Octet(ParseIntError),
    OctetCount(usize),
    Prefix(u8),
    Overlap { wanted: String, owner: String },
    NotFound(Ip),
}

impl From<ParseIntError> for NetError {
    fn from(e: ParseIntError) -> Self { NetError::Octet(e) }
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            NetError::Octet(e) => write!(f, "bad octet: {}", e),
            NetError::OctetCount(n) => write!(f, "expected 4 octets, got {}", n),
            NetError::Prefix(p) => write!(f, "prefix /{} out of range", p),
            NetError::Overlap { wanted, owner } => write!(f, "{} overlaps allocation of {}", wanted, owner),
            NetError::NotFound(ip) => write!(f, "{} is not allocated", ip),
        }
    }
}

impl std::error::Error for NetError {}

impl FromStr for Ip {
    type Err = NetError;
    fn from_str(s: &str) -> Result<Ip, NetError> {
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() != 4 {
            return Err(NetError::OctetCount(parts.len()));
        }
        let mut v = 0u32;
        for p in parts {
            v = (v << 8) | p.parse::<u8>()? as u32;
        }
        Ok(Ip(v))
    }
}

impl fmt::Display for Ip {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let b = self.0.to_be_bytes();
        write!(f, "{}.{}.{}.{}", b[0], b[1], b[2], b[3])
    }
}

#[derive(Debug, Clone, Copy)]
struct Cidr {
    base: Ip,
    prefix: u8,
}

impl Cidr {
    fn parse(s: &str) -> Result<Cidr, NetError> {
        let (ip, pfx) = s.split_once('/').unwrap_or((s, "32"));
        let prefix: u8 = pfx.parse()?;
        if prefix > 32 { return Err(NetError::Prefix(prefix)); }
        let ip: Ip = ip.parse()?;
        let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix) };
        Ok(Cidr { base: Ip(ip.0 & mask), prefix })
    }
    fn last(&self) -> Ip {
        let size = 1u64 << (32 - self.prefix);
        Ip((self.base.0 as u64 + size - 1) as u32)
    }
}

#[derive(Default)]
struct Allocator {
    ranges: BTreeMap<Ip, (Ip, String)>,
}

impl Allocator {
    fn allocate(&mut self, spec: &str, owner: &str) -> Result<Cidr, NetError> {
        let c = Cidr::parse(spec)?;
        let (lo, hi) = (c.base, c.last());
        if let Some((_, (end, who))) = self.ranges.range(..=hi).next_back() {
            if *end >= lo {
                return Err(NetError::Overlap { wanted: spec.to_string(), owner: who.clone() });
            }
        }
        self.ranges.insert(lo, (hi, owner.to_string()));
        Ok(c)
    }
    fn owner_of(&self, ip: Ip) -> Result<&str, NetError> {
        match self.ranges.range(..=ip).next_back() {
            Some((_, (end, who))) if *end >= ip => Ok(who),
            _ => Err(NetError::NotFound(ip)),
        }
    }
}

fn lookup(a: &Allocator, s: &str) -> Result<String, Box<dyn std::error::Error>> {
    let ip: Ip = s.parse()?;
    let who = a.owner_of(ip)?;
    Ok(format!("{} ({:#010x}) -> {}", ip, ip.0, who))
}

fn main() {
    let mut a = Allocator::default();
    let reqs = [
        ("10.0.0.0/24", "web"), ("10.0.1.0/25", "db"), ("10.0.0.128/26", "cache"), ("10.0.1.128/25", "batch"),
        ("192.168.7.9/30", "lab"), ("10.0.2.0/33", "bad"), ("10.0.300.0/24", "bad"), ("10.0.3/24", "bad"),
        ("9.255.255.255", "edge"), ("10.0.1.64/26", "dup"),
    ];
    for (spec, owner) in reqs {
        match a.allocate(spec, owner) {
            Ok(c) => println!("alloc {:<16} {:<6} {:>15} - {:<15} ({} addrs)", spec, owner, c.base, c.last(), c.last().0 - c.base.0 + 1),
            Err(e) => println!("alloc {:<16} {:<6} FAILED: {}", spec, owner, e),
        }
    }
    println!("--- table ---");
    for (lo, (hi, who)) in &a.ranges {
        println!("{:>15} {:#b}.. {:<6}", lo, lo.0 >> 24, who);
        let _ = hi;
    }
    for q in ["10.0.0.200", "10.0.1.130", "10.0.2.1", "192.168.7.11", "192.168.7.12", "9.255.255.255", "1.2.3", "1.2.3.x"] {
        match lookup(&a, q) {
            Ok(s) => println!("lookup {}", s),
            Err(e) => println!("lookup {:<14} error: {}", q, e),
        }
    }
    let in_10: Vec<String> = a.ranges.range(Ip(10 << 24)..Ip(11 << 24)).map(|(k, (_, w))| format!("{}={}", w, k)).collect();
    println!("in 10/8: {}", in_10.join(", "));
    println!("first={:?} last={:?}", a.ranges.keys().next(), a.ranges.values().last().map(|v| &v.1));
}
