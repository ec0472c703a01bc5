use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::fmt::Debug;
use std::hash::Hash;

const GRID: &str = "\
1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581";

trait Graph {
    type Node: Copy + Ord + Hash + Debug;
    type Cost: Copy + Ord + Default + std::ops::Add<Output = Self::Cost> + Debug;
    fn neighbors(&self, n: Self::Node) -> Vec<(Self::Node, Self::Cost)>;

    fn shortest(&self, start: Self::Node, goal: Self::Node) -> Option<(Self::Cost, Vec<Self::Node>)> {
        let mut dist: HashMap<Self::Node, Self::Cost> = HashMap::new();
        let mut prev: HashMap<Self::Node, Self::Node> = HashMap::new();
        let mut heap = BinaryHeap::new();
        dist.insert(start, Self::Cost::default());
        heap.push(Reverse((Self::Cost::default(), start)));
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
            if dist.get(&n).is_some_and(|&best| d > best) {
                continue;
            }
            for (m, c) in self.neighbors(n) {
                let nd = d + c;
                if dist.get(&m).is_none_or(|&old| nd < old) {
                    dist.insert(m, nd);
                    prev.insert(m, n);
                    heap.push(Reverse((nd, m)));
                }
            }
        }
        None
    }
}

struct Grid<const TILE: usize> {
    cells: Vec<Vec<u32>>,
}

impl<const TILE: usize> Grid<TILE> {
    fn size(&self) -> (usize, usize) {
        (self.cells.len() * TILE, self.cells[0].len() * TILE)
    }
    fn risk(&self, r: usize, c: usize) -> u32 {
        let (h, w) = (self.cells.len(), self.cells[0].len());
        let base = self.cells[r % h][c % w] + (r / h + c / w) as u32;
        (base - 1) % 9 + 1
    }
}

impl<const TILE: usize> Graph for Grid<TILE> {
    type Node = (usize, usize);
    type Cost = u32;
    fn neighbors(&self, (r, c): (usize, usize)) -> Vec<((usize, usize), u32)> {
        let (h, w) = self.size();
        let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        dirs.iter()
            .filter_map(|&(dr, dc)| {
                let nr = r.checked_add_signed(dr)?;
                let nc = c.checked_add_signed(dc)?;
                (nr < h && nc < w).then(|| ((nr, nc), self.risk(nr, nc)))
            })
            .collect()
    }
}

struct Roads(BTreeMap<&'static str, Vec<(&'static str, u64)>>);

impl Graph for Roads {
    type Node = &'static str;
    type Cost = u64;
    fn neighbors(&self, n: &'static str) -> Vec<(&'static str, u64)> {
        self.0.get(n).cloned().unwrap_or_default()
    }
}

fn parse_grid<const T: usize>(s: &str) -> Grid<T> {
    Grid { cells: s.lines().map(|l| l.chars().filter_map(|c| c.to_digit(10)).collect()).collect() }
}

fn main() {
    let g1: Grid<1> = parse_grid(GRID);
    let (h, w) = g1.size();
    let (cost, path) = g1.shortest((0, 0), (h - 1, w - 1)).expect("path exists");
    println!("part 1: grid {}x{} cost {} path len {}", h, w, cost, path.len());
    println!("first steps: {:?}", &path[..6]);
    let g5: Grid<5> = parse_grid(GRID);
    let (h5, w5) = g5.size();
    let (cost5, path5) = g5.shortest((0, 0), (h5 - 1, w5 - 1)).unwrap();
    println!("part 2: grid {}x{} cost {} path len {}", h5, w5, cost5, path5.len());
    let row: String = (0..12).map(|c| char::from_digit(g5.risk(0, c), 10).unwrap()).collect();
    println!("tiled row 0 prefix: {}", row);

    let mut roads = Roads(BTreeMap::new());
    for (a, b, d) in [("home", "mill", 7), ("home", "well", 2), ("well", "mill", 3), ("mill", "town", 4), ("well", "farm", 8), ("farm", "town", 1), ("town", "port", 9)] {
        roads.0.entry(a).or_default().push((b, d));
        roads.0.entry(b).or_default().push((a, d));
    }
    for dest in ["town", "port", "farm", "castle"] {
        match roads.shortest("home", dest) {
            Some((d, p)) => println!("home -> {:<6} {:>3} via {}", dest, d, p.join(" > ")),
            None => println!("home -> {:<6} unreachable", dest),
        }
    }
}
