// Derived Hash/Eq types as HashMap keys: grid coordinates and (Color, Size) product variants.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Color {
    Red,
    Green,
    Blue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Size {
    S,
    M,
    L,
}

impl Pos {
    fn neighbors(self) -> impl Iterator<Item = Pos> {
        [(0, 1), (1, 0), (0, -1), (-1, 0)].into_iter().map(move |(dx, dy)| Pos { x: self.x + dx, y: self.y + dy })
    }
}

fn main() {
    // flood fill over a sparse set of open cells
    let map = ["#########", "#..#....#", "#..#.##.#", "#....#..#", "######..#", "#....#..#", "#########"];
    let open: HashSet<Pos> = map
        .iter()
        .enumerate()
        .flat_map(|(y, row)| row.chars().enumerate().filter(|&(_, c)| c == '.').map(move |(x, _)| Pos { x: x as i32, y: y as i32 }))
        .collect();
    let start = Pos { x: 1, y: 1 };
    let mut dist: HashMap<Pos, u32> = HashMap::new();
    dist.insert(start, 0);
    let mut frontier = vec![start];
    while !frontier.is_empty() {
        let mut next = Vec::new();
        for p in frontier {
            let d = dist[&p];
            for n in p.neighbors() {
                if open.contains(&n) && !dist.contains_key(&n) {
                    dist.insert(n, d + 1);
                    next.push(n);
                }
            }
        }
        frontier = next;
    }
    let unreachable: Vec<Pos> = {
        let mut v: Vec<Pos> = open.iter().filter(|p| !dist.contains_key(p)).copied().collect();
        v.sort();
        v
    };
    let (far, d) = dist.iter().max_by_key(|(p, d)| (**d, std::cmp::Reverse(**p))).unwrap();
    println!("open cells {}, reachable {}, farthest {:?} at {}", open.len(), dist.len(), far, d);
    println!("unreachable: {:?}", unreachable);

    let mut stock: HashMap<(Color, Size), u32> = HashMap::new();
    let orders = [(Color::Red, Size::M, 3), (Color::Blue, Size::L, 1), (Color::Red, Size::M, 2), (Color::Green, Size::S, 5), (Color::Blue, Size::S, 4), (Color::Red, Size::L, 1)];
    for (c, s, n) in orders {
        *stock.entry((c, s)).or_insert(0) += n;
    }
    let mut keys: Vec<_> = stock.keys().copied().collect();
    keys.sort();
    for k in &keys {
        println!("{:<14} {}", format!("{:?}", k), stock[k]);
    }
    let mut per_color: Vec<(Color, u32)> = [Color::Red, Color::Green, Color::Blue]
        .iter()
        .map(|&c| (c, stock.iter().filter(|((cc, _), _)| *cc == c).map(|(_, n)| n).sum()))
        .collect();
    per_color.sort_by(|a, b| b.1.cmp(&a.1));
    println!("per color: {:?}", per_color);
    println!("has (Green, L)? {}", stock.contains_key(&(Color::Green, Size::L)));
    println!("Pos ordering: {:?}", Pos { x: 1, y: 9 }.cmp(&Pos { x: 2, y: 0 }));
}
