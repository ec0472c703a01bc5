use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

struct Graph<'a> {
    adj: BTreeMap<&'a str, Vec<&'a str>>,
    directed: bool,
}

impl<'a> Graph<'a> {
    fn new(directed: bool) -> Self { Graph { adj: BTreeMap::new(), directed } }
    fn add_edge(&mut self, a: &'a str, b: &'a str) {
        self.adj.entry(a).or_default().push(b);
        if self.directed { self.adj.entry(b).or_default(); } else { self.adj.entry(b).or_default().push(a); }
    }
    fn neighbors(&self, n: &str) -> impl Iterator<Item = &&'a str> + '_ {
        self.adj.get(n).into_iter().flat_map(|v| v.iter())
    }
    fn bfs(&self, start: &'a str) -> Vec<(&'a str, usize)> {
        let mut seen = HashSet::new();
        let mut q = VecDeque::new();
        let mut order = Vec::new();
        seen.insert(start);
        q.push_back((start, 0));
        while let Some((n, d)) = q.pop_front() {
            order.push((n, d));
            for &m in self.neighbors(n) {
                if seen.insert(m) { q.push_back((m, d + 1)); }
            }
        }
        order
    }
    fn dfs(&self, n: &'a str, seen: &mut HashSet<&'a str>, out: &mut Vec<&'a str>) {
        if !seen.insert(n) { return; }
        out.push(n);
        for &m in self.neighbors(n) { self.dfs(m, seen, out); }
    }
    fn shortest_path(&self, from: &'a str, to: &str) -> Option<Vec<&'a str>> {
        let mut prev: HashMap<&str, &str> = HashMap::new();
        let mut q = VecDeque::from([from]);
        let mut seen = HashSet::from([from]);
        while let Some(n) = q.pop_front() {
            if n == to {
                let mut path = vec![n];
                let mut cur = n;
                while let Some(&p) = prev.get(cur) { path.push(p); cur = p; }
                path.reverse();
                return Some(path);
            }
            for &m in self.neighbors(n) {
                if seen.insert(m) { prev.insert(m, n); q.push_back(m); }
            }
        }
        None
    }
    fn components(&self) -> Vec<BTreeSet<&'a str>> {
        let mut seen = HashSet::new();
        let mut comps = Vec::new();
        for &n in self.adj.keys() {
            if seen.contains(n) { continue; }
            let mut out = Vec::new();
            self.dfs(n, &mut seen, &mut out);
            comps.push(out.into_iter().collect());
        }
        comps
    }
    fn topo_sort(&self) -> Result<Vec<&'a str>, String> {
        let mut indeg: BTreeMap<&str, usize> = self.adj.keys().map(|&k| (k, 0)).collect();
        for vs in self.adj.values() { for v in vs { *indeg.get_mut(v).unwrap() += 1; } }
        let mut ready: VecDeque<&str> = indeg.iter().filter(|(_, d)| **d == 0).map(|(k, _)| *k).collect();
        let mut out = Vec::new();
        while let Some(n) = ready.pop_front() {
            out.push(n);
            for m in self.neighbors(n) {
                let d = indeg.get_mut(m).unwrap();
                *d -= 1;
                if *d == 0 { ready.push_back(m); }
            }
        }
        if out.len() == self.adj.len() { Ok(out) } else { Err(format!("cycle detected after {:?}", out)) }
    }
}

fn main() {
    let mut g = Graph::new(false);
    for (a, b) in [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G"), ("E", "H")] {
        g.add_edge(a, b);
    }
    println!("nodes: {:?}", g.adj.keys().collect::<Vec<_>>());
    for (n, d) in g.bfs("A") { println!("bfs {} at depth {}", n, d); }
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    g.dfs("A", &mut seen, &mut order);
    println!("dfs order: {}", order.join(" -> "));
    println!("path A..H: {:?}", g.shortest_path("A", "H"));
    println!("path A..G: {:?}", g.shortest_path("A", "G"));
    println!("components: {:?}", g.components());
    let mut dag = Graph::new(true);
    for (a, b) in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("socks", "shoes")] {
        dag.add_edge(a, b);
    }
    println!("dress order: {:?}", dag.topo_sort());
    dag.add_edge("jacket", "shirt");
    println!("with cycle: {:?}", dag.topo_sort());
    let degree: Vec<String> = g.adj.iter().map(|(k, v)| format!("{}:{}", k, v.len())).collect();
    println!("degrees {}", degree.join(" "));
}
