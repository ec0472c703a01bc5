use std::collections::HashSet;
use std::fmt;

const W: usize = 12;
const H: usize = 10;

#[derive(Clone, PartialEq, Eq)]
struct Board {
    cells: [[bool; W]; H],
}

impl Board {
    fn from_pattern(pattern: &str, top: usize, left: usize) -> Board {
        let mut cells = [[false; W]; H];
        for (r, line) in pattern.lines().enumerate() {
            for (c, ch) in line.chars().enumerate() {
                if ch == '#' {
                    cells[top + r][left + c] = true;
                }
            }
        }
        Board { cells }
    }

    fn neighbours(&self, r: usize, c: usize) -> usize {
        let mut n = 0;
        for dr in [H - 1, 0, 1] {
            for dc in [W - 1, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let rr = (r + dr) % H;
                let cc = (c + dc) % W;
                if self.cells[rr][cc] {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&self) -> Board {
        let mut next = [[false; W]; H];
        for r in 0..H {
            for c in 0..W {
                let n = self.neighbours(r, c);
                next[r][c] = matches!((self.cells[r][c], n), (true, 2) | (true, 3) | (false, 3));
            }
        }
        Board { cells: next }
    }

    fn population(&self) -> usize {
        self.cells.iter().map(|row| row.iter().filter(|&&b| b).count()).sum()
    }

    fn live_set(&self) -> HashSet<(usize, usize)> {
        let mut s = HashSet::new();
        for (r, row) in self.cells.iter().enumerate() {
            for (c, &alive) in row.iter().enumerate() {
                if alive {
                    s.insert((r, c));
                }
            }
        }
        s
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.cells {
            let line: String = row.iter().map(|&b| if b { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn main() {
    let glider = ".#.\n..#\n###";
    let mut b = Board::from_pattern(glider, 1, 1);
    println!("generation 0 (pop {}):\n{}", b.population(), b);
    let start = b.clone();
    for g in 1..=4 {
        b = b.step();
        println!("generation {} (pop {}):\n{}", g, b.population(), b);
    }
    let moved: HashSet<(usize, usize)> = start.live_set().iter().map(|&(r, c)| (r + 1, c + 1)).collect();
    println!("glider moved by (1,1): {}", moved == b.live_set());

    let blinker = Board::from_pattern("###", 5, 5);
    let b1 = blinker.step();
    let b2 = b1.step();
    println!("blinker period 2: {}, differs after 1: {}", b2 == blinker, b1 != blinker);
    let mut cur = Board::from_pattern(glider, 0, 0);
    let mut seen = vec![cur.clone()];
    let period = loop {
        cur = cur.step();
        if let Some(i) = seen.iter().position(|b| *b == cur) {
            break seen.len() - i;
        }
        seen.push(cur.clone());
    };
    println!("glider on a {}x{} torus repeats with period {}", W, H, period);
}
