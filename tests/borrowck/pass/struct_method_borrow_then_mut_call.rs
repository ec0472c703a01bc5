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
    let width = g.row(0).len();
    for c in 0..width {
        g.set(1, c, '#');
    }
    let middle: String = g.row(1).iter().collect();
    g.set(0, 0, '@');
    println!("{} {:?}", middle, g.cells[0]);
}
