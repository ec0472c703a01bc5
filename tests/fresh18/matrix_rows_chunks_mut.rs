// A row-major matrix using chunks_mut / chunks_exact for row access,
// split_at_mut for swapping and combining rows, and get_mut for cells.
use std::fmt;
use std::ops::{Index, IndexMut};

#[derive(Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn from_fn(rows: usize, cols: usize, f: impl Fn(usize, usize) -> i64) -> Self {
        let mut data = vec![0; rows * cols];
        for (r, row) in data.chunks_mut(cols).enumerate() {
            for (c, cell) in row.iter_mut().enumerate() {
                *cell = f(r, c);
            }
        }
        Matrix { rows, cols, data }
    }

    fn row(&self, r: usize) -> &[i64] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }

    fn two_rows_mut(&mut self, a: usize, b: usize) -> (&mut [i64], &mut [i64]) {
        assert!(a != b);
        let cols = self.cols;
        let (lo, hi, swapped) = if a < b { (a, b, false) } else { (b, a, true) };
        let (first, second) = self.data.split_at_mut(hi * cols);
        let x = &mut first[lo * cols..(lo + 1) * cols];
        let y = &mut second[..cols];
        if swapped { (y, x) } else { (x, y) }
    }

    fn add_row_multiple(&mut self, target: usize, src: usize, k: i64) {
        let (t, s) = self.two_rows_mut(target, src);
        for (a, b) in t.iter_mut().zip(s.iter()) {
            *a += k * *b;
        }
    }

    fn swap_rows(&mut self, a: usize, b: usize) {
        if a != b {
            let (x, y) = self.two_rows_mut(a, b);
            x.swap_with_slice(y);
        }
    }

    fn transpose(&self) -> Matrix {
        Matrix::from_fn(self.cols, self.rows, |r, c| self[(c, r)])
    }

    fn row_sums(&self) -> Vec<i64> {
        self.data.chunks_exact(self.cols).map(|r| r.iter().sum()).collect()
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let cells: Vec<String> = self.row(r).iter().map(|v| format!("{:>4}", v)).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let mut m = Matrix::from_fn(3, 4, |r, c| (r * 4 + c) as i64 + 1);
    print!("{}", m);
    m.swap_rows(0, 2);
    m.add_row_multiple(1, 0, -1);
    m.add_row_multiple(0, 2, 2);
    println!("after row ops:\n{}", m);
    m[(1, 1)] *= 10;
    if let Some(cell) = m.data.get_mut(11) {
        *cell = -*cell;
    }
    let t = m.transpose();
    print!("transposed:\n{}", t);
    println!("row sums {:?} / {:?}", m.row_sums(), t.row_sums());
    println!("transpose twice equal: {}", t.transpose() == m);
    for row in m.data.chunks_mut(4) {
        row.sort_unstable_by(|a, b| b.cmp(a));
        if let Some(first) = row.first_mut() {
            *first = 0;
        }
    }
    print!("sorted rows:\n{}", m);
    let (top, rest) = m.data.split_at_mut(4);
    for (i, v) in rest.iter_mut().enumerate() {
        *v += top[i % 4];
    }
    let max_row = (0..m.rows).max_by_key(|&r| m.row(r).iter().sum::<i64>()).unwrap();
    println!("final:\n{}max row {}", m, max_row);
}
