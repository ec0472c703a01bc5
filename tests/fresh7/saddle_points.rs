#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Point {
    row: usize,
    col: usize,
}

struct Matrix {
    width: usize,
    data: Vec<i32>,
}

impl Matrix {
    fn from_flat(width: usize, data: &[i32]) -> Option<Self> {
        if width == 0 || data.len() % width != 0 {
            return None;
        }
        Some(Matrix { width, data: data.to_vec() })
    }

    fn rows(&self) -> impl Iterator<Item = &[i32]> + '_ {
        self.data.chunks_exact(self.width)
    }

    fn column(&self, c: usize) -> impl Iterator<Item = i32> + '_ {
        self.data.iter().skip(c).step_by(self.width).copied()
    }

    fn height(&self) -> usize {
        self.data.len() / self.width
    }

    fn saddle_points(&self) -> Vec<Point> {
        let row_max: Vec<i32> = self.rows().map(|r| *r.iter().max().unwrap()).collect();
        let col_min: Vec<i32> = (0..self.width).map(|c| self.column(c).min().unwrap()).collect();
        println!("  row maxima: {:?}", row_max);
        println!("  col minima: {:?}", col_min);
        let mut points = Vec::new();
        for (r, row) in self.rows().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if v == row_max[r] && v == col_min[c] {
                    points.push(Point { row: r + 1, col: c + 1 });
                }
            }
        }
        points
    }

    fn transpose(&self) -> Matrix {
        let data: Vec<i32> = (0..self.width).flat_map(|c| self.column(c)).collect();
        Matrix { width: self.height(), data }
    }

    fn print(&self, title: &str) {
        println!("{} ({}x{}):", title, self.height(), self.width);
        for row in self.rows() {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>4}", v)).collect();
            println!("  [{}]", cells.join(""));
        }
    }
}

fn main() {
    let cases: Vec<(&str, usize, Vec<i32>)> = vec![
        ("classic", 3, vec![9, 8, 7, 5, 3, 2, 6, 6, 7]),
        ("empty-ish", 3, vec![1, 2, 3, 3, 1, 2, 2, 3, 1]),
        ("multiple in column", 3, vec![4, 5, 4, 3, 5, 5, 1, 5, 4]),
        ("all same", 2, vec![5, 5, 5, 5]),
        ("single row", 4, vec![2, 5, 3, 5]),
        ("negatives", 3, vec![-1, -5, -3, -2, -7, -4, -9, -8, -6]),
    ];
    for (name, w, data) in &cases {
        let m = Matrix::from_flat(*w, data).expect("valid matrix");
        m.print(name);
        let pts = m.saddle_points();
        println!("  saddle points: {:?}", pts);
        let t = m.transpose();
        let tp = t.saddle_points();
        println!("  transposed saddle count: {}", tp.len());
        let sums: Vec<i32> = m.rows().map(|r| r.iter().sum()).collect();
        let (even, odd): (Vec<i32>, Vec<i32>) = sums.iter().partition(|&&s| s % 2 == 0);
        println!("  row sums {:?}: even {:?} odd {:?}", sums, even, odd);
    }

    println!("bad shape -> {:?}", Matrix::from_flat(4, &[1, 2, 3]).map(|m| m.height()));
    println!("zero width -> {:?}", Matrix::from_flat(0, &[]).is_none());

    let m = Matrix::from_flat(3, &[1, 2, 3, 4, 5, 6]).unwrap();
    let (top, bottom) = m.data.split_at(m.width);
    println!("split rows: {:?} / {:?}", top, bottom);
    let diag: Vec<i32> = m.rows().enumerate().filter_map(|(i, r)| r.get(i).copied()).collect();
    println!("diagonal: {:?}", diag);
    let mut pts = vec![Point { row: 2, col: 1 }, Point { row: 1, col: 3 }, Point { row: 1, col: 2 }];
    pts.sort();
    println!("sorted points: {:#?}", pts.first());
    println!("max point: {:?}", pts.iter().max());
}
