const PUZZLE: &str = "MMMSXXMASM
MSAMXMSMSA
AMXSXMAAMM
MSAMASMSMX
XMASAMXAMM
XXAMMXXAMA
SMSMSASXSS
SAXAMASAAA
MAMMMXMMMM
MXMXAXMASX";

struct Grid {
    cells: Vec<Vec<u8>>,
}

impl Grid {
    fn new(s: &str) -> Self {
        Grid { cells: s.lines().map(|l| l.bytes().collect()).collect() }
    }

    fn get(&self, r: isize, c: isize) -> Option<u8> {
        if r < 0 || c < 0 {
            return None;
        }
        self.cells.get(r as usize)?.get(c as usize).copied()
    }

    fn count_word(&self, word: &str) -> usize {
        let word = word.as_bytes();
        let dirs = [(0, 1), (1, 0), (1, 1), (1, -1), (0, -1), (-1, 0), (-1, -1), (-1, 1)];
        let mut count = 0;
        for r in 0..self.cells.len() as isize {
            for c in 0..self.cells[0].len() as isize {
                for &(dr, dc) in &dirs {
                    let ok = word
                        .iter()
                        .enumerate()
                        .all(|(i, &ch)| self.get(r + dr * i as isize, c + dc * i as isize) == Some(ch));
                    if ok {
                        count += 1;
                    }
                }
            }
        }
        count
    }

    fn count_x_mas(&self) -> usize {
        let mut count = 0;
        for r in 1..self.cells.len() as isize - 1 {
            for c in 1..self.cells[0].len() as isize - 1 {
                if self.get(r, c) != Some(b'A') {
                    continue;
                }
                let diag = |a: (isize, isize), b: (isize, isize)| {
                    let x = self.get(r + a.0, c + a.1);
                    let y = self.get(r + b.0, c + b.1);
                    matches!((x, y), (Some(b'M'), Some(b'S')) | (Some(b'S'), Some(b'M')))
                };
                if diag((-1, -1), (1, 1)) && diag((-1, 1), (1, -1)) {
                    count += 1;
                }
            }
        }
        count
    }
}

fn main() {
    let g = Grid::new(PUZZLE);
    println!("grid is {} x {}", g.cells.len(), g.cells[0].len());
    for w in ["XMAS", "MAS", "SAM", "AXA"] {
        println!("{:>5} appears {} times", w, g.count_word(w));
    }
    println!("X-MAS count: {}", g.count_x_mas());
    println!("out of range lookup: {:?}", g.get(-1, 3));
    println!("corner: {:?}", g.get(9, 9).map(|b| b as char));
}
