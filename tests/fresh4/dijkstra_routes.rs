// Dijkstra shortest paths with BinaryHeap<Reverse<...>> and path reconstruction.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(names: &[&'static str]) -> Self {
        Graph { names: names.to_vec(), adj: vec![Vec::new(); names.len()] }
    }
    fn index(&self, name: &str) -> usize {
        self.names.iter().position(|n| *n == name).unwrap()
    }
    fn add_edge(&mut self, a: &str, b: &str, w: u32) {
        let (i, j) = (self.index(a), self.index(b));
        self.adj[i].push((j, w));
        self.adj[j].push((i, w));
    }
    fn dijkstra(&self, src: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.names.len();
        let mut dist = vec![None; n];
        let mut prev = vec![None; n];
        let mut heap = BinaryHeap::new();
        dist[src] = Some(0);
        heap.push(Reverse((0u32, src)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if let Some(best) = dist[u] {
                if d > best {
                    continue;
                }
            }
            for &(v, w) in &self.adj[u] {
                let nd = d + w;
                if dist[v].map_or(true, |cur| nd < cur) {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        (dist, prev)
    }
    fn path(&self, prev: &[Option<usize>], to: usize) -> Vec<&'static str> {
        let mut p = vec![self.names[to]];
        let mut cur = to;
        while let Some(u) = prev[cur] {
            p.push(self.names[u]);
            cur = u;
        }
        p.reverse();
        p
    }
}

fn main() {
    let mut g = Graph::new(&["A", "B", "C", "D", "E", "F", "G"]);
    for (a, b, w) in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                      ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)] {
        g.add_edge(a, b, w);
    }
    let (dist, prev) = g.dijkstra(g.index("A"));
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("{} -> {}: {:>2} via {}", "A", g.names[i], d, g.path(&prev, i).join("-")),
            None => println!("{} -> {}: unreachable", "A", g.names[i]),
        }
    }
    let mut heap: BinaryHeap<Reverse<(u32, &str)>> = BinaryHeap::new();
    for (name, pri) in [("write", 3), ("read", 1), ("exec", 2), ("alloc", 1)] {
        heap.push(Reverse((pri, name)));
    }
    println!("peek: {:?}", heap.peek());
    let order: Vec<&str> = std::iter::from_fn(|| heap.pop().map(|Reverse((_, n))| n)).collect();
    println!("order: {:?}", order);
    let mut maxheap: BinaryHeap<i32> = vec![4, 1, 8, 3, 8, -2].into();
    maxheap.push(5);
    println!("top3: {:?}", (0..3).filter_map(|_| maxheap.pop()).collect::<Vec<_>>());
    println!("rest sorted: {:?}", maxheap.into_sorted_vec());
    let mut degree: HashMap<&str, usize> = HashMap::new();
    for (i, edges) in g.adj.iter().enumerate() {
        degree.insert(g.names[i], edges.len());
    }
    let by_degree: BTreeMap<usize, Vec<&str>> = degree.iter().fold(BTreeMap::new(), |mut m, (n, d)| {
        m.entry(*d).or_insert_with(Vec::new).push(*n);
        m
    });
    for (d, mut ns) in by_degree {
        ns.sort();
        println!("degree {}: {:?}", d, ns);
    }
}
