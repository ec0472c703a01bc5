use std::fmt;

#[derive(Clone, PartialEq, Eq, Debug)]
struct Grid { cells: Vec<Vec<bool>>, wrap: bool }

impl Grid {
    fn new(w: usize, h: usize, wrap: bool) -> Self { Grid { cells: vec![vec![false; w]; h], wrap } }
    fn from_pattern(w: usize, h: usize, wrap: bool, at: (usize, usize), pattern: &[&str]) -> Self {
        let mut g = Grid::new(w, h, wrap);
        for (dy, row) in pattern.iter().enumerate() {
            for (dx, c) in row.chars().enumerate() {
                if c == '#' { g.cells[at.1 + dy][at.0 + dx] = true; }
            }
        }
        g
    }
    fn height(&self) -> usize { self.cells.len() }
    fn width(&self) -> usize { self.cells[0].len() }
    fn alive(&self) -> usize { self.cells.iter().map(|r| r.iter().filter(|&&c| c).count()).sum() }
    fn neighbors(&self, x: usize, y: usize) -> usize {
        let (w, h) = (self.width() as i64, self.height() as i64);
        let mut n = 0;
        for dy in -1i64..=1 {
            for dx in -1i64..=1 {
                if dx == 0 && dy == 0 { continue; }
                let (mut nx, mut ny) = (x as i64 + dx, y as i64 + dy);
                if self.wrap {
                    nx = nx.rem_euclid(w);
                    ny = ny.rem_euclid(h);
                } else if nx < 0 || ny < 0 || nx >= w || ny >= h {
                    continue;
                }
                if self.cells[ny as usize][nx as usize] { n += 1; }
            }
        }
        n
    }
    fn step(&self) -> Grid {
        let cells = (0..self.height()).map(|y| {
            (0..self.width()).map(|x| {
                matches!((self.cells[y][x], self.neighbors(x, y)), (true, 2) | (true, 3) | (false, 3))
            }).collect()
        }).collect();
        Grid { cells, wrap: self.wrap }
    }
    fn bounding_box(&self) -> Option<(usize, usize, usize, usize)> {
        let coords: Vec<(usize, usize)> = self.cells.iter().enumerate()
            .flat_map(|(y, r)| r.iter().enumerate().filter(|(_, c)| **c).map(move |(x, _)| (x, y)))
            .collect();
        let minx = coords.iter().map(|c| c.0).min()?;
        let maxx = coords.iter().map(|c| c.0).max()?;
        let miny = coords.iter().map(|c| c.1).min()?;
        let maxy = coords.iter().map(|c| c.1).max()?;
        Some((minx, miny, maxx, maxy))
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.cells {
            let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn find_period(start: &Grid, max: usize) -> Option<usize> {
    let mut history = vec![start.clone()];
    let mut cur = start.clone();
    for generation in 1..=max {
        cur = cur.step();
        if let Some(i) = history.iter().position(|g| *g == cur) { return Some(generation - i); }
        history.push(cur.clone());
    }
    None
}

fn main() {
    let blinker = Grid::from_pattern(5, 5, false, (1, 2), &["###"]);
    println!("blinker generation 0:\n{}", blinker);
    println!("blinker generation 1:\n{}", blinker.step());
    println!("blinker period: {:?}", find_period(&blinker, 10));

    let mut glider = Grid::from_pattern(8, 8, true, (0, 0), &[".#.", "..#", "###"]);
    for generation in 0..=4 {
        println!("glider generation {} alive={} bbox={:?}", generation, glider.alive(), glider.bounding_box());
        glider = glider.step();
    }
    println!("{}", glider);
    let glider0 = Grid::from_pattern(8, 8, true, (0, 0), &[".#.", "..#", "###"]);
    println!("glider returns to start after {:?} generations", find_period(&glider0, 40));

    let block = Grid::from_pattern(4, 4, false, (1, 1), &["##", "##"]);
    println!("block is still life: {}", block.step() == block);
    let lonely = Grid::from_pattern(3, 3, false, (1, 1), &["#"]);
    let next = lonely.step();
    println!("lonely cell dies: alive={} bbox={:?}", next.alive(), next.bounding_box());
    let counts: Vec<usize> = (0..5).map(|x| blinker.neighbors(x, 2)).collect();
    println!("neighbor counts on blinker row: {:?}", counts);
    let mut rpent = Grid::from_pattern(12, 12, false, (5, 5), &[".##", "##.", ".#."]);
    let mut pop = Vec::new();
    for _ in 0..12 { pop.push(rpent.alive()); rpent = rpent.step(); }
    println!("r-pentomino population: {:?}", pop);
    println!("{:?}", Grid::from_pattern(2, 2, false, (0, 0), &["#.", ".#"]));
}
