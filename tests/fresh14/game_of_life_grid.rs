use std::fmt;
use std::ops::{Index, IndexMut};

#[derive(Clone, PartialEq)]
struct Grid { w: usize, h: usize, cells: Vec<bool> }

impl Index<(usize, usize)> for Grid {
    type Output = bool;
    fn index(&self, (x, y): (usize, usize)) -> &bool { &self.cells[y * self.w + x] }
}
impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut bool { &mut self.cells[y * self.w + x] }
}

struct Neighbors<'g> { grid: &'g Grid, x: usize, y: usize, k: usize }

const OFFSETS: [(i32, i32); 8] = [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)];

impl<'g> Iterator for Neighbors<'g> {
    type Item = bool;
    fn next(&mut self) -> Option<bool> {
        let &(dx, dy) = OFFSETS.get(self.k)?;
        self.k += 1;
        let nx = (self.x as i32 + dx).rem_euclid(self.grid.w as i32) as usize;
        let ny = (self.y as i32 + dy).rem_euclid(self.grid.h as i32) as usize;
        Some(self.grid[(nx, ny)])
    }
}

impl Grid {
    fn parse(rows: &[&str]) -> Grid {
        let h = rows.len();
        let w = rows[0].len();
        let cells = rows.iter().flat_map(|r| r.chars().map(|c| c == '#')).collect();
        Grid { w, h, cells }
    }
    fn neighbors(&self, x: usize, y: usize) -> Neighbors<'_> { Neighbors { grid: self, x, y, k: 0 } }
    fn step(&self) -> Grid {
        let mut next = self.clone();
        for y in 0..self.h {
            for x in 0..self.w {
                let n = self.neighbors(x, y).filter(|&b| b).count();
                next[(x, y)] = matches!((self[(x, y)], n), (true, 2) | (true, 3) | (false, 3));
            }
        }
        next
    }
    fn population(&self) -> usize { self.cells.iter().filter(|&&c| c).count() }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.chunks(self.w) {
            let s: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            writeln!(f, "{}", s)?;
        }
        Ok(())
    }
}

fn main() {
    let mut g = Grid::parse(&[
        "......###.",
        "..#.......",
        "...#......",
        ".###......",
        "..........",
        "..........",
        "..........",
        "..........",
    ]);
    println!("gen 0 pop={}\n{}", g.population(), g);
    let mut history = vec![g.clone()];
    for generation in 1..=12 {
        g = g.step();
        if generation % 4 == 0 { println!("gen {} pop={}\n{}", generation, g.population(), g); }
        if let Some(p) = history.iter().position(|h| *h == g) { println!("repeat of gen {} at gen {}", p, generation); }
        history.push(g.clone());
    }
    let pops: Vec<usize> = history.iter().map(Grid::population).collect();
    println!("populations: {:?}", pops);
    let counts: Vec<usize> = (0..g.w).map(|x| g.neighbors(x, 0).filter(|b| *b).count()).collect();
    println!("row0 neighbor counts: {:?}", counts);
}
