use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

struct Graph {
    adj: BTreeMap<&'static str, Vec<&'static str>>,
}

impl Graph {
    fn new(edges: &[(&'static str, &'static str)], directed: bool) -> Graph {
        let mut adj: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for &(a, b) in edges {
            adj.entry(a).or_default().push(b);
            let back = adj.entry(b).or_default();
            if !directed {
                back.push(a);
            }
        }
        for list in adj.values_mut() {
            list.sort();
        }
        Graph { adj }
    }

    fn bfs(&self, start: &'static str) -> Vec<(&'static str, usize)> {
        let mut seen = HashSet::new();
        let mut queue = VecDeque::from([(start, 0)]);
        let mut order = vec![];
        seen.insert(start);
        while let Some((node, dist)) = queue.pop_front() {
            order.push((node, dist));
            for &next in &self.adj[node] {
                if seen.insert(next) {
                    queue.push_back((next, dist + 1));
                }
            }
        }
        order
    }

    fn dfs(&self, node: &'static str, seen: &mut BTreeSet<&'static str>, out: &mut Vec<&'static str>) {
        if !seen.insert(node) {
            return;
        }
        out.push(node);
        for &n in &self.adj[node] {
            self.dfs(n, seen, out);
        }
    }

    fn path(&self, from: &'static str, to: &'static str) -> Option<Vec<&'static str>> {
        let mut prev: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = VecDeque::new();
        queue.push_back(from);
        let mut visited = BTreeSet::from([from]);
        'search: while let Some(cur) = queue.pop_front() {
            for &n in &self.adj[cur] {
                if visited.insert(n) {
                    prev.insert(n, cur);
                    if n == to {
                        break 'search;
                    }
                    queue.push_back(n);
                }
            }
        }
        if from != to && !prev.contains_key(to) {
            return None;
        }
        let mut path = vec![to];
        let mut cur = to;
        while let Some(&p) = prev.get(cur) {
            path.push(p);
            cur = p;
        }
        path.reverse();
        Some(path)
    }

    fn components(&self) -> Vec<Vec<&'static str>> {
        let mut seen = BTreeSet::new();
        let mut comps = vec![];
        for &node in self.adj.keys() {
            if !seen.contains(node) {
                let mut comp = vec![];
                self.dfs(node, &mut seen, &mut comp);
                comp.sort();
                comps.push(comp);
            }
        }
        comps
    }

    fn topo_sort(&self) -> Result<Vec<&'static str>, String> {
        let mut indeg: BTreeMap<&str, usize> = self.adj.keys().map(|&k| (k, 0)).collect();
        for targets in self.adj.values() {
            for t in targets {
                *indeg.get_mut(t).unwrap() += 1;
            }
        }
        let mut ready: BTreeSet<&str> = indeg.iter().filter(|&(_, &d)| d == 0).map(|(&k, _)| k).collect();
        let mut out = vec![];
        while let Some(n) = ready.pop_first() {
            out.push(n);
            for &t in &self.adj[n] {
                let d = indeg.get_mut(t).unwrap();
                *d -= 1;
                if *d == 0 {
                    ready.insert(t);
                }
            }
        }
        if out.len() == self.adj.len() { Ok(out) } else { Err(format!("cycle detected after {:?}", out)) }
    }
}

fn main() {
    let g = Graph::new(&[("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("x", "y"), ("f", "e")], false);
    println!("bfs from a: {:?}", g.bfs("a"));
    let mut seen = BTreeSet::new();
    let mut order = vec![];
    g.dfs("a", &mut seen, &mut order);
    println!("dfs from a: {}", order.join(" "));
    println!("path a->f: {:?}", g.path("a", "f"));
    println!("path a->y: {:?}", g.path("a", "y"));
    println!("path a->a: {:?}", g.path("a", "a"));
    println!("components: {:?}", g.components());

    let deps = Graph::new(&[("std", "core"), ("app", "std"), ("app", "log"), ("log", "core"), ("alloc", "core"), ("std", "alloc")], true);
    println!("build order (reversed deps): {:?}", deps.topo_sort().map(|mut v| { v.reverse(); v }));
    let cyclic = Graph::new(&[("p", "q"), ("q", "r"), ("r", "p"), ("s", "p")], true);
    println!("cyclic: {:?}", cyclic.topo_sort());
}
