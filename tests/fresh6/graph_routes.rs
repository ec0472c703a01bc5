use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum City { Amsterdam, Berlin, Copenhagen, Dresden, Essen, Frankfurt }

struct Graph {
    edges: HashMap<City, Vec<(City, u32)>>,
}

impl Graph {
    fn new(list: &[(City, City, u32)]) -> Self {
        let mut edges: HashMap<City, Vec<(City, u32)>> = HashMap::new();
        for &(a, b, w) in list {
            edges.entry(a).or_default().push((b, w));
            edges.entry(b).or_default().push((a, w));
        }
        for v in edges.values_mut() {
            v.sort();
        }
        Graph { edges }
    }

    fn neighbors(&self, c: City) -> &[(City, u32)] {
        self.edges.get(&c).map(|v| v.as_slice()).unwrap_or(&[])
    }

    fn bfs_hops(&self, start: City) -> BTreeMap<City, usize> {
        let mut dist = BTreeMap::new();
        let mut queue = VecDeque::from([start]);
        dist.insert(start, 0);
        while let Some(c) = queue.pop_front() {
            let d = dist[&c];
            for &(n, _) in self.neighbors(c) {
                if !dist.contains_key(&n) {
                    dist.insert(n, d + 1);
                    queue.push_back(n);
                }
            }
        }
        dist
    }

    fn dijkstra(&self, start: City, goal: City) -> Option<(u32, Vec<City>)> {
        let mut best: HashMap<City, u32> = HashMap::new();
        let mut prev: HashMap<City, City> = HashMap::new();
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0u32, start)));
        best.insert(start, 0);
        let mut done = HashSet::new();
        while let Some(Reverse((cost, city))) = heap.pop() {
            if !done.insert(city) {
                continue;
            }
            if city == goal {
                let mut path = vec![goal];
                let mut cur = goal;
                while let Some(&p) = prev.get(&cur) {
                    path.push(p);
                    cur = p;
                }
                path.reverse();
                return Some((cost, path));
            }
            for &(n, w) in self.neighbors(city) {
                let nc = cost + w;
                if best.get(&n).is_none_or(|&b| nc < b) {
                    best.insert(n, nc);
                    prev.insert(n, city);
                    heap.push(Reverse((nc, n)));
                }
            }
        }
        None
    }
}

fn main() {
    use City::*;
    let g = Graph::new(&[
        (Amsterdam, Berlin, 650), (Amsterdam, Essen, 210), (Essen, Frankfurt, 250),
        (Frankfurt, Dresden, 460), (Berlin, Dresden, 190), (Berlin, Copenhagen, 440),
        (Essen, Berlin, 530), (Frankfurt, Berlin, 550),
    ]);
    let mut keys: Vec<_> = g.edges.keys().copied().collect();
    keys.sort();
    for k in &keys {
        let ns: Vec<String> = g.neighbors(*k).iter().map(|(c, w)| format!("{:?}:{}", c, w)).collect();
        println!("{:<10} -> {}", format!("{:?}", k), ns.join(", "));
    }
    println!("hops from Amsterdam: {:?}", g.bfs_hops(Amsterdam));
    let pairs = [(Amsterdam, Copenhagen), (Essen, Dresden), (Copenhagen, Frankfurt), (Dresden, Dresden)];
    for (a, b) in pairs {
        match g.dijkstra(a, b) {
            Some((cost, path)) => {
                let names: Vec<String> = path.iter().map(|c| format!("{:?}", c)).collect();
                println!("{:?} -> {:?}: {:>5} km via {}", a, b, cost, names.join(" > "));
            }
            None => println!("{:?} -> {:?}: unreachable", a, b),
        }
    }
    let total: u32 = keys.iter().flat_map(|k| g.neighbors(*k)).map(|&(_, w)| w).sum::<u32>() / 2;
    let degree_max = keys.iter().max_by_key(|k| (g.neighbors(**k).len(), Reverse(**k))).unwrap();
    println!("total km {} ; busiest {:?}", total, degree_max);
    let lonely = Graph::new(&[(Amsterdam, Berlin, 1)]);
    println!("lonely: {:?}", lonely.dijkstra(Amsterdam, Frankfurt));
}
