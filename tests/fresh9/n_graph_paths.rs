mod graph {
    use std::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
    use std::cmp::Reverse;

    pub struct Graph {
        adj: BTreeMap<&'static str, Vec<(&'static str, u32)>>,
    }

    impl Graph {
        pub fn new() -> Self { Graph { adj: BTreeMap::new() } }

        pub fn add_edge(&mut self, a: &'static str, b: &'static str, w: u32) {
            self.adj.entry(a).or_default().push((b, w));
            self.adj.entry(b).or_default().push((a, w));
        }

        pub fn nodes(&self) -> impl Iterator<Item = &&'static str> + '_ { self.adj.keys() }

        pub fn bfs_order(&self, start: &'static str) -> Vec<&'static str> {
            let mut seen = BTreeSet::from([start]);
            let mut q = VecDeque::from([start]);
            let mut out = vec![];
            while let Some(n) = q.pop_front() {
                out.push(n);
                let mut next: Vec<_> = self.adj[n].iter().map(|&(m, _)| m).collect();
                next.sort();
                for m in next {
                    if seen.insert(m) { q.push_back(m); }
                }
            }
            out
        }

        pub fn dijkstra(&self, src: &'static str) -> BTreeMap<&'static str, (u32, Option<&'static str>)> {
            let mut dist: BTreeMap<&str, (u32, Option<&str>)> = BTreeMap::new();
            let mut heap = BinaryHeap::new();
            dist.insert(src, (0, None));
            heap.push(Reverse((0u32, src)));
            while let Some(Reverse((d, n))) = heap.pop() {
                if dist.get(n).map_or(false, |&(best, _)| d > best) { continue; }
                for &(m, w) in &self.adj[n] {
                    let nd = d + w;
                    let better = dist.get(m).map_or(true, |&(cur, _)| nd < cur);
                    if better {
                        dist.insert(m, (nd, Some(n)));
                        heap.push(Reverse((nd, m)));
                    }
                }
            }
            dist
        }
    }

    pub fn path_to(prev: &BTreeMap<&'static str, (u32, Option<&'static str>)>, target: &'static str) -> Option<Vec<&'static str>> {
        let mut cur = target;
        let mut path = vec![cur];
        prev.get(target)?;
        while let Some(&(_, Some(p))) = prev.get(cur) {
            path.push(p);
            cur = p;
        }
        path.reverse();
        Some(path)
    }
}

use graph::{Graph, path_to};

fn main() {
    let mut g = Graph::new();
    let edges = "A-B:4 A-C:2 B-C:1 B-D:5 C-D:8 C-E:10 D-E:2 D-F:6 E-F:3 G-H:1";
    for spec in edges.split_whitespace() {
        let (pair, w) = spec.split_once(':').expect("colon");
        let (a, b) = pair.split_once('-').expect("dash");
        let a: &'static str = Box::leak(a.to_string().into_boxed_str());
        let b: &'static str = Box::leak(b.to_string().into_boxed_str());
        g.add_edge(a, b, w.parse().unwrap());
    }
    let names: Vec<_> = g.nodes().copied().collect();
    println!("nodes: {}", names.concat());
    println!("bfs from A: {:?}", g.bfs_order("A"));
    println!("bfs from G: {:?}", g.bfs_order("G"));

    let dist = g.dijkstra("A");
    for (node, (d, via)) in &dist {
        println!("{node}: dist={d:>3} via={}", via.unwrap_or("-"));
    }
    for target in ["F", "E", "H"] {
        match path_to(&dist, target) {
            Some(p) => println!("path A->{target}: {} (len {})", p.join("->"), p.len() - 1),
            None => println!("path A->{target}: unreachable"),
        }
    }
    let far = dist.iter().max_by_key(|(_, (d, _))| *d).map(|(n, _)| *n);
    println!("farthest: {:?}", far);
    let total: u32 = dist.values().map(|(d, _)| d).sum();
    println!("sum of distances = {total}, avg = {:.3}", total as f64 / dist.len() as f64);
}
