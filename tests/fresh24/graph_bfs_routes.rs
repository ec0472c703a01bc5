use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

struct Graph {
    adj: BTreeMap<&'static str, Vec<(&'static str, u32)>>,
}

impl Graph {
    fn new(edges: &[(&'static str, &'static str, u32)]) -> Self {
        let mut adj: BTreeMap<&str, Vec<(&str, u32)>> = BTreeMap::new();
        for &(a, b, w) in edges {
            adj.entry(a).or_default().push((b, w));
            adj.entry(b).or_default().push((a, w));
        }
        for v in adj.values_mut() {
            v.sort();
        }
        Graph { adj }
    }

    fn bfs_path(&self, from: &'static str, to: &str) -> Option<Vec<&'static str>> {
        let mut prev: HashMap<&str, &str> = HashMap::new();
        let mut seen = BTreeSet::new();
        let mut q = VecDeque::from([from]);
        seen.insert(from);
        while let Some(cur) = q.pop_front() {
            if cur == to {
                let mut path = vec![cur];
                let mut at = cur;
                while let Some(&p) = prev.get(at) {
                    path.push(p);
                    at = p;
                }
                path.reverse();
                return Some(path);
            }
            for &(n, _) in self.adj.get(cur).map(|v| v.as_slice()).unwrap_or(&[]) {
                if seen.insert(n) {
                    prev.insert(n, cur);
                    q.push_back(n);
                }
            }
        }
        None
    }

    fn dfs_order(&self, start: &'static str) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            if !seen.insert(n) {
                continue;
            }
            out.push(n);
            if let Some(ns) = self.adj.get(n) {
                for &(m, _) in ns.iter().rev() {
                    if !seen.contains(m) {
                        stack.push(m);
                    }
                }
            }
        }
        out
    }

    fn components(&self) -> Vec<Vec<&'static str>> {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut comps = Vec::new();
        for &n in self.adj.keys() {
            if seen.contains(n) {
                continue;
            }
            let c = self.dfs_order(n);
            seen.extend(c.iter().copied());
            let mut c = c;
            c.sort();
            comps.push(c);
        }
        comps
    }

    fn path_cost(&self, path: &[&str]) -> u32 {
        path.windows(2)
            .map(|w| self.adj[w[0]].iter().find(|(n, _)| *n == w[1]).map(|&(_, c)| c).unwrap())
            .sum()
    }
}

fn main() {
    let g = Graph::new(&[
        ("oslo", "bergen", 7),
        ("oslo", "trondheim", 6),
        ("bergen", "stavanger", 3),
        ("stavanger", "kristiansand", 4),
        ("kristiansand", "oslo", 5),
        ("trondheim", "bodo", 10),
        ("bodo", "tromso", 8),
        ("reykjavik", "akureyri", 5),
    ]);
    for (city, ns) in &g.adj {
        let names: Vec<String> = ns.iter().map(|(n, w)| format!("{}({})", n, w)).collect();
        println!("{:>13}: {}", city, names.join(", "));
    }
    let trips = [("bergen", "tromso"), ("stavanger", "trondheim"), ("oslo", "akureyri"), ("bodo", "bodo")];
    for (a, b) in trips {
        match g.bfs_path(a, b) {
            Some(p) => println!("{} -> {}: {} hops, cost {}: {}", a, b, p.len() - 1, g.path_cost(&p), p.join(" > ")),
            None => println!("{} -> {}: unreachable", a, b),
        }
    }
    println!("dfs from oslo: {:?}", g.dfs_order("oslo"));
    let comps = g.components();
    println!("{} components", comps.len());
    for (i, c) in comps.iter().enumerate() {
        println!("  #{} size {}: {:?}", i, c.len(), c);
    }
    let degree_max = g.adj.iter().max_by_key(|(n, v)| (v.len(), std::cmp::Reverse(**n))).map(|(n, _)| *n);
    println!("busiest: {:?}", degree_max);
}
