// Conway's game of life on a small toroidal board for a few generations.
#[derive(Clone, PartialEq)]
struct Board {
    cells: Vec<Vec<bool>>,
}

impl Board {
    fn from_strs(rows: &[&str]) -> Board {
        Board { cells: rows.iter().map(|r| r.chars().map(|c| c == '#').collect()).collect() }
    }
    fn height(&self) -> usize {
        self.cells.len()
    }
    fn width(&self) -> usize {
        self.cells[0].len()
    }
    fn neighbors(&self, r: usize, c: usize) -> usize {
        let (h, w) = (self.height(), self.width());
        let mut n = 0;
        for dr in [h - 1, 0, 1] {
            for dc in [w - 1, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                if self.cells[(r + dr) % h][(c + dc) % w] {
                    n += 1;
                }
            }
        }
        n
    }
    fn step(&self) -> Board {
        let cells = (0..self.height())
            .map(|r| {
                (0..self.width())
                    .map(|c| matches!((self.cells[r][c], self.neighbors(r, c)), (true, 2) | (_, 3)))
                    .collect()
            })
            .collect();
        Board { cells }
    }
    fn alive(&self) -> usize {
        self.cells.iter().map(|row| row.iter().filter(|&&b| b).count()).sum()
    }
    fn render(&self) -> String {
        self.cells
            .iter()
            .map(|row| row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn main() {
    let glider = Board::from_strs(&[
        ".#....",
        "..#...",
        "###...",
        "......",
        "......",
        "......",
    ]);
    let mut b = glider.clone();
    for generation in 0..=4 {
        println!("gen {} alive={}", generation, b.alive());
        println!("{}", b.render());
        b = b.step();
    }
    let mut period_board = Board::from_strs(&[".....", "..#..", "..#..", "..#..", "....."]);
    let start = period_board.clone();
    let mut period = 0;
    loop {
        period_board = period_board.step();
        period += 1;
        if period_board == start || period > 10 {
            break;
        }
    }
    println!("blinker period: {}", period);
    let mut g = glider;
    let mut gens = 0;
    let original = g.clone();
    while gens < 100 {
        g = g.step();
        gens += 1;
        if g == original {
            break;
        }
    }
    println!("glider returns after {} generations on 6x6 torus", gens);
    let counts: Vec<usize> = (0..3).scan(Board::from_strs(&["##..", "##..", "..##", "..##"]), |st, _| {
        *st = st.step();
        Some(st.alive())
    }).collect();
    println!("beacon alive counts: {:?}", counts);
}
