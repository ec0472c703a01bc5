use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Clone, PartialEq, Debug)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }
    fn from_rows(rows: &[&[i64]]) -> Self {
        let r = rows.len();
        let c = rows[0].len();
        let data: Vec<i64> = rows.iter().flat_map(|row| row.iter().copied()).collect();
        assert_eq!(data.len(), r * c, "ragged rows");
        Matrix { rows: r, cols: c, data }
    }
    fn identity(n: usize) -> Self {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }
    fn transpose(&self) -> Self {
        let mut t = Matrix::new(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
    fn trace(&self) -> Option<i64> {
        if self.rows != self.cols {
            return None;
        }
        Some((0..self.rows).map(|i| self[(i, i)]).sum())
    }
    fn det(&self) -> i64 {
        if self.rows == 1 {
            return self.data[0];
        }
        if self.rows == 2 {
            return self[(0, 0)] * self[(1, 1)] - self[(0, 1)] * self[(1, 0)];
        }
        let mut total = 0;
        for c in 0..self.cols {
            let minor_data: Vec<i64> = (1..self.rows)
                .flat_map(|r| (0..self.cols).filter(move |&cc| cc != c).map(move |cc| (r, cc)))
                .map(|(r, cc)| self[(r, cc)])
                .collect();
            let minor = Matrix { rows: self.rows - 1, cols: self.cols - 1, data: minor_data };
            let sign = if c % 2 == 0 { 1 } else { -1 };
            total += sign * self[(0, c)] * minor.det();
        }
        total
    }
    fn pow(&self, mut e: u32) -> Self {
        let mut base = self.clone();
        let mut acc = Matrix::identity(self.rows);
        while e > 0 {
            if e & 1 == 1 {
                acc = &acc * &base;
            }
            base = &base * &base;
            e >>= 1;
        }
        acc
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

impl<'a> Mul<&'a Matrix> for &'a Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        assert_eq!(self.cols, rhs.rows);
        let mut out = Matrix::new(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * rhs[(k, j)]).sum();
            }
        }
        out
    }
}

impl Add for Matrix {
    type Output = Matrix;
    fn add(self, rhs: Matrix) -> Matrix {
        let data = self.data.iter().zip(rhs.data.iter()).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in self.data.chunks(self.cols) {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>6}", v)).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[2, -1, 0], &[1, 3, 4], &[0, 5, -2]]);
    let b = Matrix::from_rows(&[&[1, 0, 2], &[0, 1, 0], &[3, 0, 1]]);
    print!("A =\n{}", a);
    print!("A^T =\n{}", a.transpose());
    print!("A*B =\n{}", &a * &b);
    print!("A+B =\n{}", a.clone() + b.clone());
    println!("det(A) = {}, det(B) = {}, det(AB) = {}", a.det(), b.det(), (&a * &b).det());
    println!("trace(A) = {:?}", a.trace());
    let fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for n in [1u32, 5, 10, 30, 60] {
        println!("fib({:>2}) = {}", n, fib.pow(n)[(0, 1)]);
    }
    let rect = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    println!("rect trace: {:?}", rect.trace());
    let g = &rect * &rect.transpose();
    println!("gram = {:?}", g);
    println!("symmetric: {}", g == g.transpose());
}
