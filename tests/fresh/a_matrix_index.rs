// Grid with Index<(usize, usize)>/IndexMut, used for Conway's Game of Life.
use std::fmt;
use std::ops::{Index, IndexMut};

#[derive(Clone, PartialEq)]
struct Grid {
    w: usize,
    h: usize,
    cells: Vec<bool>,
}

impl Grid {
    fn parse(s: &str) -> Grid {
        let lines: Vec<&str> = s.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let h = lines.len();
        let w = lines[0].len();
        let cells = lines.iter().flat_map(|l| l.bytes().map(|b| b == b'#')).collect();
        Grid { w, h, cells }
    }

    fn neighbours(&self, r: usize, c: usize) -> usize {
        let mut n = 0;
        for dr in [-1i32, 0, 1] {
            for dc in [-1i32, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let rr = (r as i32 + dr).rem_euclid(self.h as i32) as usize;
                let cc = (c as i32 + dc).rem_euclid(self.w as i32) as usize;
                if self[(rr, cc)] {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&self) -> Grid {
        let mut next = self.clone();
        for r in 0..self.h {
            for c in 0..self.w {
                let alive = self[(r, c)];
                next[(r, c)] = matches!((alive, self.neighbours(r, c)), (true, 2) | (_, 3));
            }
        }
        next
    }

    fn population(&self) -> usize {
        self.cells.iter().filter(|&&x| x).count()
    }
}

impl Index<(usize, usize)> for Grid {
    type Output = bool;
    fn index(&self, (r, c): (usize, usize)) -> &bool {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut bool {
        &mut self.cells[r * self.w + c]
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.chunks(self.w) {
            let line: String = row.iter().map(|&b| if b { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn main() {
    let mut g = Grid::parse(
        "
        ........
        ..#.....
        ...#....
        .###....
        ........
        ........
        ",
    );
    let start = g.clone();
    println!("generation 0 (pop {}):\n{}", g.population(), g);
    for generation in 1..=4 {
        g = g.step();
        println!("generation {} (pop {})", generation, g.population());
    }
    print!("{}", g);
    let shifted = (0..start.h).all(|r| (0..start.w).all(|c| start[(r, c)] == g[((r + 1) % g.h, (c + 1) % g.w)]));
    println!("glider moved diagonally: {}", shifted);
    let mut blinker = Grid::parse(".....\n..#..\n..#..\n..#..\n.....");
    let original = blinker.clone();
    blinker = blinker.step();
    print!("blinker:\n{}", blinker);
    println!("period 2: {}", blinker.step() == original);
}
