use std::fmt;
use std::mem::{size_of, size_of_val};

const W: usize = 8;
const H: usize = 6;

const fn cells(w: usize, h: usize) -> usize {
    w * h
}

const fn wrap(i: isize, n: usize) -> usize {
    ((i % n as isize + n as isize) % n as isize) as usize
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Board {
    grid: [u8; cells(W, H)],
    generation: u32,
}

impl Board {
    fn from_pattern(pattern: &[&str]) -> Board {
        let mut grid = [0u8; cells(W, H)];
        for (r, row) in pattern.iter().enumerate() {
            for (c, _) in row.chars().enumerate().filter(|&(_, ch)| ch == '#') {
                grid[r * W + c] = 1;
            }
        }
        Board { grid, generation: 0 }
    }

    fn neighbours(&self, r: usize, c: usize) -> u8 {
        let mut n = 0;
        for dr in -1isize..=1 {
            for dc in -1isize..=1 {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let rr = wrap(r as isize + dr, H);
                let cc = wrap(c as isize + dc, W);
                n += self.grid[rr * W + cc];
            }
        }
        n
    }

    fn step(&self) -> Board {
        let mut next = [0u8; cells(W, H)];
        for (i, cell) in next.iter_mut().enumerate() {
            let (r, c) = (i / W, i % W);
            let alive = self.grid[i] == 1;
            *cell = match (alive, self.neighbours(r, c)) {
                (true, 2) | (true, 3) => 1,
                (false, 3) => 1,
                _ => 0,
            };
        }
        Board { grid: next, generation: self.generation + 1 }
    }

    fn population(&self) -> usize {
        self.grid.iter().filter(|&&c| c == 1).count()
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "gen {} pop {}", self.generation, self.population())?;
        for row in self.grid.chunks(W) {
            let line: String = row.iter().map(|&c| if c == 1 { '#' } else { '.' }).collect();
            writeln!(f, "  {}", line)?;
        }
        Ok(())
    }
}

fn main() {
    println!("cells={} size_of Board={} wrap(-1,8)={} wrap(9,8)={}", cells(W, H), size_of::<Board>(), wrap(-1, 8), wrap(9, 8));
    let glider = Board::from_pattern(&[".#......", "..#.....", "###....."]);
    let mut b = glider.clone();
    let mut seen = std::collections::HashSet::new();
    seen.insert(b.grid);
    print!("{}", b);
    for _ in 0..4 {
        b = b.step();
        print!("{}", b);
        seen.insert(b.grid);
    }
    println!("distinct shapes in 5 gens: {}", seen.len());
    let blinker = Board::from_pattern(&["", "", ".###"]);
    let b1 = blinker.step();
    let b2 = b1.step();
    println!("blinker period 2: {} ; b1==blinker: {}", b2.grid == blinker.grid, b1.grid == blinker.grid);
    print!("{}", b1);
    let counts: Vec<u8> = (0..W).map(|c| b1.neighbours(2, c)).collect();
    println!("neighbour counts row 2: {:?}", counts);
    let mut g = glider;
    let mut gens = 0;
    'outer: loop {
        g = g.step();
        gens += 1;
        if g.grid == Board::from_pattern(&[".#......", "..#.....", "###....."]).grid {
            println!("glider returned to start after {} generations", gens);
            break 'outer;
        }
        if gens > 100 {
            println!("gave up");
            break;
        }
    }
    let history: [u32; 3] = [g.generation, b1.generation, b2.generation];
    println!("history={:?} size_of_val(history)={} size_of_val(grid)={}", history, size_of_val(&history), size_of_val(&g.grid));
}
