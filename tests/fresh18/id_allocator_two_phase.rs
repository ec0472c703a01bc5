// Two-phase borrows in realistic code: `v.push(v.len())`, `self.items.push(self.next)`,
// `map.insert(k, map.len())`, `s.push_str(&s[..n].to_owned())` style calls.
use std::collections::{BTreeMap, HashMap};

#[derive(Debug)]
struct Arena {
    names: Vec<String>,
    parent: Vec<Option<usize>>,
    next_id: usize,
    by_name: HashMap<String, usize>,
}

impl Arena {
    fn new() -> Self {
        Arena { names: Vec::new(), parent: Vec::new(), next_id: 0, by_name: HashMap::new() }
    }

    fn add(&mut self, name: &str, parent: Option<&str>) -> usize {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let p = parent.and_then(|p| self.by_name.get(p).copied());
        self.names.push(format!("{}#{}", name, self.next_id));
        self.parent.push(p);
        self.by_name.insert(name.to_string(), self.names.len() - 1);
        self.next_id += 1;
        self.next_id - 1
    }

    fn depth(&self, mut id: usize) -> usize {
        let mut d = 0;
        while let Some(p) = self.parent[id] {
            d += 1;
            id = p;
        }
        d
    }
}

fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        v.push(v.len());
    }
    v.push(v.iter().sum());
    v.push(v[v.len() - 1] * 2);
    v.insert(v.len() / 2, v.len());
    v.truncate(v.len() - 1);
    println!("v = {:?}", v);

    let mut order: HashMap<char, usize> = HashMap::new();
    for c in "hello world".chars().filter(|c| c.is_alphabetic()) {
        if !order.contains_key(&c) {
            order.insert(c, order.len());
        }
    }
    let mut ord: Vec<(usize, char)> = order.iter().map(|(c, i)| (*i, *c)).collect();
    ord.sort();
    println!("first-seen order: {:?}", ord);

    let mut s = String::from("ab");
    for _ in 0..3 {
        let n = s.len();
        s.push_str(&s[..n].to_uppercase());
    }
    s.truncate(s.len().min(10));
    println!("s = {}", s);

    let mut arena = Arena::new();
    let root = arena.add("root", None);
    let usr = arena.add("usr", Some("root"));
    arena.add("bin", Some("usr"));
    arena.add("lib", Some("usr"));
    arena.add("local", Some("usr"));
    arena.add("share", Some("local"));
    let again = arena.add("usr", Some("root"));
    println!("root={} usr={} again={} total={}", root, usr, again, arena.names.len());
    let mut by_depth: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for (i, n) in arena.names.iter().enumerate() {
        by_depth.entry(arena.depth(i)).or_default().push(n);
    }
    println!("by depth: {:?}", by_depth);

    let mut m: BTreeMap<u32, u32> = BTreeMap::new();
    for k in [5, 3, 8, 3, 5, 5] {
        let next = m.len() as u32;
        *m.entry(k).or_insert(next * 10) += 1;
    }
    println!("m = {:?}", m);

    let mut matrix = vec![vec![1, 2], vec![3]];
    matrix.push(matrix[0].iter().chain(&matrix[1]).copied().collect());
    let rows = matrix.len();
    matrix[0].push(rows as i32);
    let cloned = matrix[2].clone();
    matrix[1].extend(cloned);
    println!("matrix = {:?}", matrix);
}
