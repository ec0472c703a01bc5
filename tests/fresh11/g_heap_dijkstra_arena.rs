// Ord on wrappers for BinaryHeap, arena/index-based graph with Dijkstra.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(usize);

#[derive(Debug)]
struct Node {
    name: &'static str,
    edges: Vec<(NodeId, u32)>,
}

#[derive(Default)]
pub struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    pub fn add_node(&mut self, name: &'static str) -> NodeId {
        self.nodes.push(Node { name, edges: Vec::new() });
        NodeId(self.nodes.len() - 1)
    }
    pub fn add_edge(&mut self, a: NodeId, b: NodeId, w: u32) {
        self.nodes[a.0].edges.push((b, w));
        self.nodes[b.0].edges.push((a, w));
    }
    pub fn name(&self, id: NodeId) -> &'static str {
        self.nodes[id.0].name
    }
    pub fn neighbors(&self, id: NodeId) -> impl Iterator<Item = (NodeId, u32)> + '_ {
        self.nodes[id.0].edges.iter().copied()
    }
}

#[derive(Debug, PartialEq, Eq)]
struct State {
    cost: u32,
    node: NodeId,
}

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| other.node.cmp(&self.node))
    }
}
impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn dijkstra(g: &Graph, start: NodeId) -> (Vec<Option<u32>>, Vec<Option<NodeId>>) {
    let n = g.nodes.len();
    let mut dist: Vec<Option<u32>> = vec![None; n];
    let mut prev: Vec<Option<NodeId>> = vec![None; n];
    let mut heap = BinaryHeap::new();
    dist[start.0] = Some(0);
    heap.push(State { cost: 0, node: start });
    while let Some(State { cost, node }) = heap.pop() {
        if dist[node.0].is_some_and(|d| cost > d) {
            continue;
        }
        for (next, w) in g.neighbors(node) {
            let nc = cost + w;
            if dist[next.0].map_or(true, |d| nc < d) {
                dist[next.0] = Some(nc);
                prev[next.0] = Some(node);
                heap.push(State { cost: nc, node: next });
            }
        }
    }
    (dist, prev)
}

fn path_to(prev: &[Option<NodeId>], target: NodeId) -> Vec<NodeId> {
    let mut path = vec![target];
    let mut cur = target;
    while let Some(p) = prev[cur.0] {
        path.push(p);
        cur = p;
    }
    path.reverse();
    path
}

fn k_smallest<T: Ord + Clone>(items: &[T], k: usize) -> Vec<T> {
    let mut heap: BinaryHeap<Reverse<T>> = items.iter().cloned().map(Reverse).collect();
    let mut out = Vec::with_capacity(k);
    while out.len() < k {
        match heap.pop() {
            Some(Reverse(x)) => out.push(x),
            None => break,
        }
    }
    out
}

fn main() {
    let mut g = Graph::default();
    let a = g.add_node("A");
    let b = g.add_node("B");
    let c = g.add_node("C");
    let d = g.add_node("D");
    let e = g.add_node("E");
    let f = g.add_node("F");
    g.add_edge(a, b, 7);
    g.add_edge(a, c, 9);
    g.add_edge(a, f, 14);
    g.add_edge(b, c, 10);
    g.add_edge(b, d, 15);
    g.add_edge(c, d, 11);
    g.add_edge(c, f, 2);
    g.add_edge(d, e, 6);
    g.add_edge(e, f, 9);
    let lonely = g.add_node("Z");

    let (dist, prev) = dijkstra(&g, a);
    for (i, d) in dist.iter().enumerate() {
        let id = NodeId(i);
        match d {
            Some(cost) => {
                let names: Vec<&str> = path_to(&prev, id).into_iter().map(|n| g.name(n)).collect();
                println!("{} cost={:>2} path={}", g.name(id), cost, names.join("->"));
            }
            None => println!("{} unreachable", g.name(id)),
        }
    }
    println!("lonely reachable? {}", dist[lonely.0].is_some());

    let mut heap = BinaryHeap::new();
    for (cost, n) in [(5, 1), (2, 4), (5, 0), (9, 2)] {
        heap.push(State { cost, node: NodeId(n) });
    }
    let order: Vec<(u32, usize)> = std::iter::from_fn(|| heap.pop()).map(|s| (s.cost, s.node.0)).collect();
    println!("min-heap order: {:?}", order);
    println!("k_smallest: {:?}", k_smallest(&["pear", "fig", "kiwi", "apple", "date"], 3));
    println!("k_smallest nums: {:?}", k_smallest(&[9, 3, 7], 5));
}
