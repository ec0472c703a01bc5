use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

trait Graph {
    type Node: Copy + Eq + Hash + Ord + Debug;
    fn neighbors(&self, n: Self::Node) -> Vec<(Self::Node, u32)>;
    fn degree(&self, n: Self::Node) -> usize { self.neighbors(n).len() }
}

struct AdjList { edges: BTreeMap<u8, Vec<(u8, u32)>> }

impl AdjList {
    fn from_edges(list: &[(u8, u8, u32)]) -> Self {
        let mut edges: BTreeMap<u8, Vec<(u8, u32)>> = BTreeMap::new();
        for &(a, b, w) in list {
            edges.entry(a).or_default().push((b, w));
            edges.entry(b).or_default();
        }
        AdjList { edges }
    }
}

impl Graph for AdjList {
    type Node = u8;
    fn neighbors(&self, n: u8) -> Vec<(u8, u32)> { self.edges.get(&n).cloned().unwrap_or_default() }
}

struct Grid { cells: Vec<Vec<u8>> }

impl Graph for Grid {
    type Node = (usize, usize);
    fn neighbors(&self, (r, c): (usize, usize)) -> Vec<((usize, usize), u32)> {
        let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        dirs.iter()
            .filter_map(|&(dr, dc)| {
                let nr = r.checked_add_signed(dr)?;
                let nc = c.checked_add_signed(dc)?;
                let cost = *self.cells.get(nr)?.get(nc)?;
                (cost != b'#').then(|| ((nr, nc), (cost - b'0') as u32))
            })
            .collect()
    }
}

fn bfs_order<G: Graph>(g: &G, start: G::Node) -> Vec<G::Node> {
    let mut seen = HashSet::new();
    let mut q = VecDeque::from([start]);
    let mut out = vec![];
    seen.insert(start);
    while let Some(n) = q.pop_front() {
        out.push(n);
        let mut ns: Vec<_> = g.neighbors(n).into_iter().map(|(m, _)| m).collect();
        ns.sort();
        for m in ns {
            if seen.insert(m) {
                q.push_back(m);
            }
        }
    }
    out
}

fn dijkstra<G: Graph>(g: &G, start: G::Node, goal: G::Node) -> Option<(u32, Vec<G::Node>)> {
    let mut dist: HashMap<G::Node, u32> = HashMap::new();
    let mut prev: HashMap<G::Node, G::Node> = HashMap::new();
    let mut heap = BinaryHeap::new();
    dist.insert(start, 0);
    heap.push(Reverse((0u32, start)));
    while let Some(Reverse((d, n))) = heap.pop() {
        if n == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(&p) = prev.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some((d, path));
        }
        if d > *dist.get(&n).unwrap_or(&u32::MAX) {
            continue;
        }
        for (m, w) in g.neighbors(n) {
            let nd = d + w;
            if nd < *dist.get(&m).unwrap_or(&u32::MAX) {
                dist.insert(m, nd);
                prev.insert(m, n);
                heap.push(Reverse((nd, m)));
            }
        }
    }
    None
}

fn topo_sort(g: &AdjList) -> Result<Vec<u8>, u8> {
    let mut indeg: BTreeMap<u8, usize> = g.edges.keys().map(|&k| (k, 0)).collect();
    for outs in g.edges.values() {
        for (b, _) in outs {
            *indeg.get_mut(b).unwrap() += 1;
        }
    }
    let mut ready: Vec<u8> = indeg.iter().filter(|&(_, &d)| d == 0).map(|(&k, _)| k).rev().collect();
    let mut out = vec![];
    while let Some(n) = ready.pop() {
        out.push(n);
        for (m, _) in g.neighbors(n) {
            let d = indeg.get_mut(&m).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push(m);
                ready.sort_by(|a, b| b.cmp(a));
            }
        }
    }
    match indeg.iter().find(|&(k, _)| !out.contains(k)) {
        Some((&k, _)) => Err(k),
        None => Ok(out),
    }
}

fn main() {
    let g = AdjList::from_edges(&[(1, 2, 7), (1, 3, 9), (1, 6, 14), (2, 3, 10), (2, 4, 15), (3, 4, 11), (3, 6, 2), (4, 5, 6), (6, 5, 9)]);
    println!("bfs from 1: {:?}", bfs_order(&g, 1));
    println!("degrees: {:?}", g.edges.keys().map(|&k| (k, g.degree(k))).collect::<Vec<_>>());
    println!("1->5: {:?}", dijkstra(&g, 1, 5));
    println!("5->1: {:?}", dijkstra(&g, 5, 1));
    println!("topo: {:?}", topo_sort(&g));
    let cyc = AdjList::from_edges(&[(1, 2, 1), (2, 3, 1), (3, 2, 1), (0, 1, 1)]);
    println!("cyclic topo: {:?}", topo_sort(&cyc));

    let maze = ["1191", "1#11", "11#1", "9111"];
    let grid = Grid { cells: maze.iter().map(|r| r.bytes().collect()).collect() };
    let order = bfs_order(&grid, (0, 0));
    println!("grid bfs count={} last={:?}", order.len(), order.last());
    match dijkstra(&grid, (0, 0), (3, 3)) {
        Some((cost, path)) => {
            println!("grid cost {} steps {}", cost, path.len() - 1);
            let mut canvas: Vec<Vec<char>> = maze.iter().map(|r| r.chars().collect()).collect();
            for &(r, c) in &path {
                canvas[r][c] = '*';
            }
            for row in canvas {
                println!("  {}", row.into_iter().collect::<String>());
            }
        }
        None => println!("grid unreachable"),
    }
    let best = order.iter().max_by_key(|&&(r, c)| (grid.degree((r, c)), Reverse(r + c)));
    println!("most connected: {:?}", best);
}
