// Own Hash+Eq keys in HashMap, Borrow<str> for map lookups, sorted printing.
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(String);

impl Borrow<str> for Symbol {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Symbol {
    fn from(s: &str) -> Self {
        Symbol(s.to_string())
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, ":{}", self.0)
    }
}

/// Case-insensitive key: Hash and Eq must agree.
#[derive(Debug, Clone)]
pub struct CiKey(String);

impl PartialEq for CiKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}
impl Eq for CiKey {}
impl Hash for CiKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GridPos {
    row: i32,
    col: i32,
}

pub struct Interner {
    map: HashMap<Symbol, usize>,
    names: Vec<Symbol>,
}

impl Interner {
    pub fn new() -> Self {
        Interner { map: HashMap::new(), names: Vec::new() }
    }
    pub fn intern(&mut self, s: &str) -> usize {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.names.len();
        let sym = Symbol::from(s);
        self.names.push(sym.clone());
        self.map.insert(sym, id);
        id
    }
    pub fn lookup(&self, s: &str) -> Option<usize> {
        self.map.get(s).copied()
    }
}

fn sorted_entries<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let mut interner = Interner::new();
    let text = "let x = y + x * let_z + y";
    let ids: Vec<usize> = text.split_whitespace().map(|w| interner.intern(w)).collect();
    println!("ids: {:?}", ids);
    println!("lookup y = {:?}, lookup q = {:?}", interner.lookup("y"), interner.lookup("q"));
    let mut syms: Vec<String> = interner.map.keys().map(|s| s.to_string()).collect();
    syms.sort();
    println!("symbols: {}", syms.join(" "));

    let mut headers: HashMap<CiKey, String> = HashMap::new();
    headers.insert(CiKey("Content-Type".into()), "text/html".into());
    headers.insert(CiKey("content-type".into()), "application/json".into());
    headers.insert(CiKey("X-Id".into()), "7".into());
    println!("headers len = {}", headers.len());
    println!("CONTENT-TYPE -> {:?}", headers.get(&CiKey("CONTENT-TYPE".into())));
    let mut hk: Vec<String> = headers.iter().map(|(k, v)| format!("{}={}", k.0.to_lowercase(), v)).collect();
    hk.sort();
    println!("headers: {:?}", hk);

    let mut visits: HashMap<GridPos, u32> = HashMap::new();
    let moves = "RRDLLUURD";
    let mut pos = GridPos { row: 0, col: 0 };
    *visits.entry(pos).or_default() += 1;
    for m in moves.chars() {
        match m {
            'R' => pos.col += 1,
            'L' => pos.col -= 1,
            'U' => pos.row -= 1,
            'D' => pos.row += 1,
            _ => unreachable!(),
        }
        *visits.entry(pos).or_insert(0) += 1;
    }
    for (p, n) in sorted_entries(&visits) {
        println!("({:>2},{:>2}) visited {}", p.row, p.col, n);
    }
    let unique: HashSet<GridPos> = visits.keys().copied().collect();
    let mut multi: Vec<_> = visits.iter().filter(|&(_, &n)| n > 1).map(|(p, _)| *p).collect();
    multi.sort();
    println!("unique={} multi={:?}", unique.len(), multi);
}
