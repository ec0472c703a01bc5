use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn identity(n: usize) -> Self {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1.0;
        }
        m
    }

    fn from_rows(rows: &[&[f64]]) -> Self {
        let cols = rows[0].len();
        let data: Vec<f64> = rows.iter().flat_map(|r| r.iter().copied()).collect();
        assert_eq!(data.len(), rows.len() * cols, "ragged rows");
        Matrix { rows: rows.len(), cols, data }
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        &mut self.data[r * self.cols + c]
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, rhs: &Matrix) -> Matrix {
        assert_eq!((self.rows, self.cols), (rhs.rows, rhs.cols));
        let data = self.data.iter().zip(&rhs.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        assert_eq!(self.cols, rhs.rows);
        let mut out = Matrix::zeros(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * rhs[(k, j)]).sum();
            }
        }
        out
    }
}

impl Mul<f64> for Matrix {
    type Output = Matrix;
    fn mul(mut self, k: f64) -> Matrix {
        self.data.iter_mut().for_each(|x| *x *= k);
        self
    }
}

impl Neg for Matrix {
    type Output = Matrix;
    fn neg(self) -> Matrix {
        self * -1.0
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = f.width().unwrap_or(8);
        let prec = f.precision().unwrap_or(2);
        for r in 0..self.rows {
            write!(f, "|")?;
            for c in 0..self.cols {
                write!(f, "{:>width$.prec$}", self[(r, c)], width = width, prec = prec)?;
            }
            writeln!(f, " |")?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
    let b = Matrix::from_rows(&[&[7.0, 8.0], &[9.0, 10.0], &[11.0, 12.0]]);
    println!("A =\n{a}");
    println!("B^T (width 6, precision 1) =\n{:6.1}", b.transpose());
    let ab = &a * &b;
    println!("A*B =\n{ab:10.3}");
    let i2 = Matrix::identity(2);
    println!("A*B == (A*B)*I: {}", &ab * &i2 == ab);
    let sum = &ab + &i2;
    println!("A*B + I =\n{sum:.0}");
    let neg = -sum.clone();
    println!("-(A*B + I) =\n{neg:9}");
    let mut m = Matrix::identity(3) * 0.5;
    m[(0, 2)] = -1.25;
    m[(2, 0)] += 1.0 / 3.0;
    println!("edited =\n{m:7.4}");
    println!("trace = {:.4}", (0..3).map(|i| m[(i, i)]).sum::<f64>());
    println!("debug row count {} cols {} first {:?}", m.rows, m.cols, &m.data[..3]);
}
