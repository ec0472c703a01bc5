use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Matrix { rows: usize, cols: usize, data: Vec<f64> }

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self { Matrix { rows, cols, data: vec![0.0; rows * cols] } }
    fn identity(n: usize) -> Self {
        let mut m = Self::zeros(n, n);
        (0..n).for_each(|i| m[(i, i)] = 1.0);
        m
    }
    fn from_rows(rows: &[&[f64]]) -> Self {
        let cols = rows[0].len();
        let data: Vec<f64> = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
    }
    fn transpose(&self) -> Self {
        let mut t = Self::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
    fn trace(&self) -> f64 { (0..self.rows.min(self.cols)).map(|i| self[(i, i)]).sum() }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 { &self.data[r * self.cols + c] }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 { &mut self.data[r * self.cols + c] }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, rhs: &Matrix) -> Matrix {
        assert_eq!((self.rows, self.cols), (rhs.rows, rhs.cols));
        let data = self.data.iter().zip(&rhs.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Sub for Matrix {
    type Output = Matrix;
    fn sub(self, rhs: Matrix) -> Matrix { &self + &(-rhs) }
}

impl Neg for Matrix {
    type Output = Matrix;
    fn neg(mut self) -> Matrix {
        self.data.iter_mut().for_each(|x| *x = -*x);
        self
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
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
    fn mul(self, k: f64) -> Matrix {
        Matrix { data: self.data.into_iter().map(|x| x * k).collect(), ..self }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let prec = f.precision().unwrap_or(2);
        let width = f.width().unwrap_or(8);
        for r in 0..self.rows {
            write!(f, "[")?;
            for c in 0..self.cols {
                write!(f, "{:>width$.prec$}", self[(r, c)], width = width, prec = prec)?;
            }
            writeln!(f, " ]")?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
    let b = a.transpose();
    println!("A =\n{}", a);
    println!("B = A^T =\n{:6.1}", b);
    let c = &a * &b;
    println!("A*B =\n{:10.3}", c);
    println!("trace(A*B) = {}", c.trace());
    let i2 = Matrix::identity(2);
    let d = &c + &i2;
    println!("A*B + I =\n{:.0}", d);
    let e = d.clone() - c.clone() * 0.5;
    println!("D - 0.5C =\n{:9.4}", e);
    println!("neg ok: {}", -(-e.clone()) == e);
    println!("{:?}", Matrix::identity(2) * 2.5);
    let mut m = Matrix::zeros(2, 2);
    m[(0, 1)] = 1.0 / 3.0;
    m[(1, 0)] = -2.0e-3;
    println!("{:12.5}", m);
    println!("{:e} {:E}", m[(0, 1)], m[(1, 0)]);
}
