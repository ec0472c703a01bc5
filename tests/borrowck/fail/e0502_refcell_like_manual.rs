struct Grid {
    cells: Vec<Vec<char>>,
}

impl Grid {
    fn row(&self, r: usize) -> &Vec<char> {
        &self.cells[r]
    }
    fn set(&mut self, r: usize, c: usize, ch: char) {
        self.cells[r][c] = ch;
    }
}

fn main() {
    let mut g = Grid { cells: vec![vec!['.'; 3]; 3] };
    let top = g.row(0);
    for (c, _) in top.iter().enumerate() {
        g.set(1, c, '#');
    }
    println!("{:?}", g.cells);
}
