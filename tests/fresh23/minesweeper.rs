use std::fmt;

#[derive(Debug)]
enum BoardError {
    Ragged { row: usize, expected: usize, found: usize },
    BadCell(char),
}

impl fmt::Display for BoardError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BoardError::Ragged { row, expected, found } => {
                write!(f, "row {row} has width {found}, expected {expected}")
            }
            BoardError::BadCell(c) => write!(f, "unexpected cell {c:?}"),
        }
    }
}

impl std::error::Error for BoardError {}

const NEIGHBORS: [(i32, i32); 8] = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)];

struct Board {
    cells: Vec<Vec<bool>>,
}

impl Board {
    fn parse(rows: &[&str]) -> Result<Board, BoardError> {
        let width = rows.first().map_or(0, |r| r.len());
        let mut cells = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            if row.len() != width {
                return Err(BoardError::Ragged { row: i, expected: width, found: row.len() });
            }
            let parsed = row
                .bytes()
                .map(|b| match b {
                    b'*' => Ok(true),
                    b' ' => Ok(false),
                    other => Err(BoardError::BadCell(other as char)),
                })
                .collect::<Result<Vec<bool>, _>>()?;
            cells.push(parsed);
        }
        Ok(Board { cells })
    }

    fn mine_at(&self, r: i32, c: i32) -> bool {
        if r < 0 || c < 0 {
            return false;
        }
        self.cells.get(r as usize).and_then(|row| row.get(c as usize)).copied().unwrap_or(false)
    }

    fn count_around(&self, r: usize, c: usize) -> usize {
        NEIGHBORS.iter().filter(|(dr, dc)| self.mine_at(r as i32 + dr, c as i32 + dc)).count()
    }

    fn annotate(&self) -> Vec<String> {
        self.cells
            .iter()
            .enumerate()
            .map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, &mine)| match (mine, self.count_around(r, c)) {
                        (true, _) => '*',
                        (false, 0) => ' ',
                        (false, n) => char::from_digit(n as u32, 10).unwrap(),
                    })
                    .collect()
            })
            .collect()
    }

    fn mine_count(&self) -> usize {
        self.cells.iter().flatten().filter(|&&m| m).count()
    }
}

fn annotate(rows: &[&str]) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    Ok(Board::parse(rows)?.annotate())
}

fn show(name: &str, rows: &[&str]) {
    println!("--- {name} ---");
    match annotate(rows) {
        Ok(out) => {
            let width = rows.first().map_or(0, |r| r.len());
            println!("+{}+   +{}+", "-".repeat(width), "-".repeat(width));
            for (before, after) in rows.iter().zip(out.iter()) {
                println!("|{before}|   |{after}|");
            }
            println!("+{}+   +{}+", "-".repeat(width), "-".repeat(width));
        }
        Err(e) => println!("error: {e}"),
    }
}

fn main() {
    show("empty", &[]);
    show("no mines", &["   ", "   ", "   "]);
    show("all mines", &["***", "***"]);
    show("center", &["   ", " * ", "   "]);
    show("classic", &[" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "]);
    show("column", &[" ", "*", " ", "*", " "]);
    show("ragged", &["  *", " *"]);
    show("bad char", &[" x "]);

    let board = Board::parse(&["*   *", "  *  ", "*   *"]).expect("valid board");
    let annotated = board.annotate();
    let digit_sum: u32 = annotated.iter().flat_map(|r| r.chars()).filter_map(|c| c.to_digit(10)).sum();
    println!("mines={} digit sum={digit_sum}", board.mine_count());
    let hist = annotated.iter().flat_map(|r| r.chars()).fold([0usize; 10], |mut h, c| {
        if let Some(d) = c.to_digit(10) { h[d as usize] += 1; }
        h
    });
    println!("digit histogram: {:?}", &hist[1..=8]);
}
