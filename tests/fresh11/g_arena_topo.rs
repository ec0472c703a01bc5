// Arena/index-based DAG (Vec<Node> + usize ids), topological sort, cycle detection.
use std::collections::{BTreeSet, VecDeque};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Id(usize);

pub struct Arena<T> {
    nodes: Vec<T>,
    edges: Vec<Vec<Id>>,
}

#[derive(Debug)]
pub enum TopoError {
    Cycle(Vec<usize>),
}

impl fmt::Display for TopoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TopoError::Cycle(ids) => write!(f, "cycle among nodes {:?}", ids),
        }
    }
}

impl<T> Arena<T> {
    pub fn new() -> Self {
        Arena { nodes: Vec::new(), edges: Vec::new() }
    }
    pub fn add(&mut self, value: T) -> Id {
        self.nodes.push(value);
        self.edges.push(Vec::new());
        Id(self.nodes.len() - 1)
    }
    pub fn depends(&mut self, from: Id, on: Id) {
        self.edges[on.0].push(from);
    }
    pub fn get(&self, id: Id) -> &T {
        &self.nodes[id.0]
    }
    pub fn get_mut(&mut self, id: Id) -> &mut T {
        &mut self.nodes[id.0]
    }
    pub fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        (0..self.nodes.len()).map(Id)
    }

    pub fn topo_order(&self) -> Result<Vec<Id>, TopoError> {
        let mut indeg = vec![0usize; self.nodes.len()];
        for outs in &self.edges {
            for t in outs {
                indeg[t.0] += 1;
            }
        }
        let mut ready: BTreeSet<Id> = self.ids().filter(|i| indeg[i.0] == 0).collect();
        let mut order = Vec::new();
        while let Some(n) = ready.pop_first() {
            order.push(n);
            for &t in &self.edges[n.0] {
                indeg[t.0] -= 1;
                if indeg[t.0] == 0 {
                    ready.insert(t);
                }
            }
        }
        if order.len() == self.nodes.len() {
            Ok(order)
        } else {
            Err(TopoError::Cycle(self.ids().filter(|i| indeg[i.0] > 0).map(|i| i.0).collect()))
        }
    }

    pub fn reachable_from(&self, start: Id) -> Vec<Id> {
        let mut seen = vec![false; self.nodes.len()];
        let mut q = VecDeque::from([start]);
        let mut out = Vec::new();
        seen[start.0] = true;
        while let Some(n) = q.pop_front() {
            out.push(n);
            for &m in &self.edges[n.0] {
                if !std::mem::replace(&mut seen[m.0], true) {
                    q.push_back(m);
                }
            }
        }
        out
    }
}

#[derive(Debug)]
struct Task {
    name: &'static str,
    cost: u32,
    finish: u32,
}

fn main() {
    let mut a: Arena<Task> = Arena::new();
    let mk = |name, cost| Task { name, cost, finish: 0 };
    let fetch = a.add(mk("fetch", 3));
    let parse = a.add(mk("parse", 2));
    let lint = a.add(mk("lint", 1));
    let compile = a.add(mk("compile", 5));
    let test = a.add(mk("test", 4));
    let package = a.add(mk("package", 2));
    a.depends(parse, fetch);
    a.depends(lint, parse);
    a.depends(compile, parse);
    a.depends(test, compile);
    a.depends(package, compile);
    a.depends(package, lint);

    let order = a.topo_order().expect("acyclic");
    let names: Vec<&str> = order.iter().map(|&i| a.get(i).name).collect();
    println!("order: {}", names.join(" -> "));

    for &id in &order {
        let start = a
            .ids()
            .filter(|p| a.edges[p.0].contains(&id))
            .map(|p| a.get(p).finish)
            .max()
            .unwrap_or(0);
        let t = a.get_mut(id);
        t.finish = start + t.cost;
        println!("{:<8} start={:>2} finish={:>2}", t.name, start, t.finish);
    }
    let makespan = a.ids().map(|i| a.get(i).finish).max().unwrap_or(0);
    println!("makespan: {}", makespan);

    let from_parse: Vec<&str> = a.reachable_from(parse).into_iter().map(|i| a.get(i).name).collect();
    println!("affected by parse: {:?}", from_parse);

    let mut cyc: Arena<char> = Arena::new();
    let ids: Vec<Id> = "abcd".chars().map(|c| cyc.add(c)).collect();
    cyc.depends(ids[1], ids[0]);
    cyc.depends(ids[2], ids[1]);
    cyc.depends(ids[1], ids[2]);
    cyc.depends(ids[3], ids[0]);
    match cyc.topo_order() {
        Ok(o) => println!("unexpected order {:?}", o),
        Err(e) => println!("error: {}", e),
    }
}
