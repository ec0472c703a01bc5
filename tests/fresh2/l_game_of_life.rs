struct Life {
    grid: Vec<Vec<bool>>,
    generation: u32,
}

impl Life {
    fn from_pattern(rows: usize, cols: usize, pattern: &[&str], top: usize, left: usize) -> Life {
        let mut grid = vec![vec![false; cols]; rows];
        for (r, line) in pattern.iter().enumerate() {
            for (c, ch) in line.chars().enumerate() {
                if ch == '#' {
                    grid[top + r][left + c] = true;
                }
            }
        }
        Life { grid, generation: 0 }
    }

    fn neighbours(&self, r: usize, c: usize) -> usize {
        let rows = self.grid.len() as i32;
        let cols = self.grid[0].len() as i32;
        let mut n = 0;
        for dr in -1..=1 {
            for dc in -1..=1 {
                if dr == 0 && dc == 0 {
                    continue;
                }
                // wrap around the edges (torus)
                let rr = (r as i32 + dr).rem_euclid(rows) as usize;
                let cc = (c as i32 + dc).rem_euclid(cols) as usize;
                if self.grid[rr][cc] {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&mut self) {
        let next: Vec<Vec<bool>> = (0..self.grid.len())
            .map(|r| {
                (0..self.grid[r].len())
                    .map(|c| matches!((self.grid[r][c], self.neighbours(r, c)), (true, 2) | (_, 3)))
                    .collect()
            })
            .collect();
        self.grid = next;
        self.generation += 1;
    }

    fn alive(&self) -> usize {
        self.grid.iter().flatten().filter(|&&b| b).count()
    }

    fn render(&self) -> String {
        self.grid
            .iter()
            .map(|row| row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn main() {
    let mut blinker = Life::from_pattern(5, 5, &["###"], 2, 1);
    for _ in 0..3 {
        println!("blinker gen {} ({} alive):\n{}", blinker.generation, blinker.alive(), blinker.render());
        blinker.step();
    }

    let mut glider = Life::from_pattern(8, 8, &[".#.", "..#", "###"], 0, 0);
    let start = glider.grid.clone();
    println!("glider gen 0:\n{}", glider.render());
    for _ in 0..4 {
        glider.step();
    }
    println!("glider gen {}:\n{}", glider.generation, glider.render());
    let mut period = 0;
    while glider.grid != start {
        glider.step();
        period += 1;
        if period > 100 {
            break;
        }
    }
    println!("glider back to start after {} generations total", glider.generation);

    let mut rpent = Life::from_pattern(12, 12, &[".##", "##.", ".#."], 4, 4);
    let mut history: Vec<usize> = Vec::new();
    for _ in 0..10 {
        history.push(rpent.alive());
        rpent.step();
    }
    println!("r-pentomino populations: {history:?}");
    println!("{}", rpent.render());
}
