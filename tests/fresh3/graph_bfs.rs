use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

struct Graph {
    adj: HashMap<&'static str, Vec<&'static str>>,
}

impl Graph {
    fn from_edges(edges: &[(&'static str, &'static str)]) -> Self {
        let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
        for &(a, b) in edges {
            adj.entry(a).or_default().push(b);
            adj.entry(b).or_default();
        }
        for list in adj.values_mut() {
            list.sort();
        }
        Graph { adj }
    }

    fn bfs_path(&self, start: &'static str, goal: &str) -> Option<Vec<&'static str>> {
        let mut prev: HashMap<&str, &str> = HashMap::new();
        let mut seen: HashSet<&str> = HashSet::from([start]);
        let mut q = VecDeque::from(vec![start]);
        while let Some(node) = q.pop_front() {
            if node == goal {
                let mut path = vec![node];
                let mut cur = node;
                while let Some(&p) = prev.get(cur) {
                    path.push(p);
                    cur = p;
                }
                path.reverse();
                return Some(path);
            }
            for &n in &self.adj[node] {
                if seen.insert(n) {
                    prev.insert(n, node);
                    q.push_back(n);
                }
            }
        }
        None
    }

    fn dfs_order(&self, start: &'static str) -> Vec<&'static str> {
        let mut stack = vec![start];
        let mut seen = HashSet::new();
        let mut order = vec![];
        while let Some(n) = stack.pop() {
            if !seen.insert(n) {
                continue;
            }
            order.push(n);
            for &m in self.adj[n].iter().rev() {
                if !seen.contains(m) {
                    stack.push(m);
                }
            }
        }
        order
    }

    fn topo_sort(&self) -> Result<Vec<&'static str>, String> {
        let mut indeg: BTreeMap<&str, usize> = self.adj.keys().map(|&k| (k, 0)).collect();
        for targets in self.adj.values() {
            for t in targets {
                *indeg.get_mut(t).unwrap() += 1;
            }
        }
        let mut ready: VecDeque<&'static str> = indeg.iter().filter(|(_, d)| **d == 0).map(|(k, _)| *k).collect();
        let mut out = Vec::with_capacity(indeg.len());
        while let Some(n) = ready.pop_front() {
            out.push(n);
            for &t in &self.adj[n] {
                let d = indeg.get_mut(t).unwrap();
                *d -= 1;
                if *d == 0 {
                    ready.push_back(t);
                }
            }
        }
        if out.len() == indeg.len() {
            Ok(out)
        } else {
            let stuck: Vec<_> = indeg.into_iter().filter(|&(_, d)| d > 0).map(|(k, _)| k).collect();
            Err(format!("cycle among {:?}", stuck))
        }
    }
}

fn main() {
    let g = Graph::from_edges(&[
        ("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
        ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
        ("undershorts", "shoes"),
    ]);
    println!("topo: {:?}", g.topo_sort());
    println!("dfs from undershorts: {:?}", g.dfs_order("undershorts"));
    for (a, b) in [("shirt", "jacket"), ("undershorts", "jacket"), ("socks", "belt")] {
        match g.bfs_path(a, b) {
            Some(p) => println!("{a} -> {b}: {} ({} hops)", p.join(" > "), p.len() - 1),
            None => println!("{a} -> {b}: unreachable"),
        }
    }
    let cyc = Graph::from_edges(&[("a", "b"), ("b", "c"), ("c", "a"), ("start", "a"), ("c", "end")]);
    match cyc.topo_sort() {
        Ok(o) => println!("unexpected {:?}", o),
        Err(e) => println!("error: {e}"),
    }
    let mut degrees: Vec<(usize, &str)> = g.adj.iter().map(|(k, v)| (v.len(), *k)).collect();
    degrees.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    println!("{:?}", &degrees[..4]);
    let leaves: HashSet<&str> = g.adj.iter().filter(|(_, v)| v.is_empty()).map(|(k, _)| *k).collect();
    let mut leaves: Vec<_> = leaves.into_iter().collect();
    leaves.sort_unstable();
    println!("leaves: {leaves:?}");
}
