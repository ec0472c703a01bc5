use std::fmt;
use std::ops::{Index, IndexMut};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum Cell { #[default] Dead, Alive }

#[derive(Clone, PartialEq)]
struct Grid<const W: usize, const H: usize> { cells: [[Cell; W]; H], generation: u32 }

impl<const W: usize, const H: usize> Grid<W, H> {
    fn empty() -> Self { Grid { cells: [[Cell::Dead; W]; H], generation: 0 } }

    fn from_pattern(pattern: &str, at: (usize, usize)) -> Self {
        let mut g = Self::empty();
        for (dy, line) in pattern.lines().enumerate() {
            for (dx, ch) in line.chars().enumerate() {
                if ch == '#' { g[(at.0 + dx, at.1 + dy)] = Cell::Alive; }
            }
        }
        g
    }

    fn neighbours(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in [H - 1, 0, 1] {
            for dx in [W - 1, 0, 1] {
                if dx == 0 && dy == 0 { continue; }
                let (nx, ny) = ((x + dx) % W, (y + dy) % H);
                if self[(nx, ny)] == Cell::Alive { n += 1; }
            }
        }
        n
    }

    fn step(&self) -> Self {
        let mut next = Self::empty();
        next.generation = self.generation + 1;
        for y in 0..H {
            for x in 0..W {
                next[(x, y)] = match (self[(x, y)], self.neighbours(x, y)) {
                    (Cell::Alive, 2 | 3) | (Cell::Dead, 3) => Cell::Alive,
                    _ => Cell::Dead,
                };
            }
        }
        next
    }

    fn population(&self) -> usize { self.cells.iter().flatten().filter(|c| **c == Cell::Alive).count() }

    fn bounding_box(&self) -> Option<((usize, usize), (usize, usize))> {
        let alive: Vec<(usize, usize)> = (0..H).flat_map(|y| (0..W).map(move |x| (x, y)))
            .filter(|&p| self[p] == Cell::Alive).collect();
        let xs = alive.iter().map(|p| p.0);
        let ys = alive.iter().map(|p| p.1);
        Some(((xs.clone().min()?, ys.clone().min()?), (xs.max()?, ys.max()?)))
    }
}

impl<const W: usize, const H: usize> Index<(usize, usize)> for Grid<W, H> {
    type Output = Cell;
    fn index(&self, (x, y): (usize, usize)) -> &Cell { &self.cells[y][x] }
}
impl<const W: usize, const H: usize> IndexMut<(usize, usize)> for Grid<W, H> {
    fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut Cell { &mut self.cells[y][x] }
}

impl<const W: usize, const H: usize> fmt::Display for Grid<W, H> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "gen {:>3} pop {:>2} {}", self.generation, self.population(), "=".repeat(W.saturating_sub(12)))?;
        for row in &self.cells {
            let line: String = row.iter().map(|c| if *c == Cell::Alive { '#' } else { '.' }).collect();
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

fn main() {
    let glider = ".#.\n..#\n###";
    let mut g: Grid<8, 6> = Grid::from_pattern(glider, (1, 1));
    print!("{g}");
    let start = g.clone();
    for _ in 0..4 { g = g.step(); }
    print!("{g}");
    println!("bbox before {:?} after {:?}", start.bounding_box(), g.bounding_box());

    let blinker: Grid<5, 5> = Grid::from_pattern("###", (1, 2));
    let b1 = blinker.step();
    let b2 = b1.step();
    print!("{b1}");
    println!("blinker period 2: {}", b2.cells == blinker.cells);

    let mut history: Vec<Grid<6, 6>> = vec![Grid::from_pattern("##\n##\n..##\n..##", (1, 1))];
    let cycle = loop {
        let next = history.last().unwrap().step();
        if let Some(i) = history.iter().position(|h| h.cells == next.cells) { break (i, next.generation); }
        if history.len() > 20 { break (usize::MAX, 0); }
        history.push(next);
    };
    println!("beacon: repeats state #{} at generation {}", cycle.0, cycle.1);
    let pops: Vec<usize> = history.iter().map(Grid::population).collect();
    println!("beacon populations {:?}", pops);
    let empty: Grid<3, 3> = Grid::empty();
    println!("empty bbox {:?}, default cell {:?}", empty.bounding_box(), Cell::default());
}
