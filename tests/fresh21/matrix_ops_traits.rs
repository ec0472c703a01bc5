use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, PartialEq)]
struct Matrix { rows: usize, cols: usize, data: Vec<i64> }

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self { Matrix { rows, cols, data: vec![0; rows * cols] } }
    fn identity(n: usize) -> Self {
        let mut m = Self::zeros(n, n);
        for i in 0..n { m[(i, i)] = 1; }
        m
    }
    fn from_rows(rows: &[&[i64]]) -> Self {
        let cols = rows[0].len();
        assert!(rows.iter().all(|r| r.len() == cols), "ragged rows");
        Matrix { rows: rows.len(), cols, data: rows.iter().flat_map(|r| r.iter().copied()).collect() }
    }
    fn transpose(&self) -> Self {
        let mut t = Self::zeros(self.cols, self.rows);
        for r in 0..self.rows { for c in 0..self.cols { t[(c, r)] = self[(r, c)]; } }
        t
    }
    fn pow(&self, mut e: u32) -> Self {
        let mut base = self.clone();
        let mut acc = Self::identity(self.rows);
        while e > 0 {
            if e & 1 == 1 { acc = &acc * &base; }
            base = &base * &base;
            e >>= 1;
        }
        acc
    }
    fn trace(&self) -> i64 { (0..self.rows.min(self.cols)).map(|i| self[(i, i)]).sum() }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 { &self.data[r * self.cols + c] }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 { &mut self.data[r * self.cols + c] }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        assert_eq!((self.rows, self.cols), (o.rows, o.cols));
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().zip(&o.data).map(|(a, b)| a + b).collect() }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        assert_eq!(self.cols, o.rows, "dimension mismatch");
        let mut m = Matrix::zeros(self.rows, o.cols);
        for i in 0..self.rows {
            for j in 0..o.cols {
                m[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * o[(k, j)]).sum();
            }
        }
        m
    }
}

impl Mul<i64> for Matrix {
    type Output = Matrix;
    fn mul(mut self, k: i64) -> Matrix { self.data.iter_mut().for_each(|x| *x *= k); self }
}

impl Neg for Matrix {
    type Output = Matrix;
    fn neg(self) -> Matrix { self * -1 }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>5}", self[(r, c)])).collect();
            writeln!(f, "|{} |", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    println!("A =\n{}B =\n{}", a, b);
    let ab = &a * &b;
    println!("A*B =\n{}", ab);
    println!("B*A =\n{}", &b * &a);
    println!("A^T =\n{}", a.transpose());
    println!("A + A =\n{}", &a + &a);
    println!("-(A*B) =\n{}", -ab.clone());
    let fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    for n in [1, 5, 10, 30, 50] {
        println!("fib({}) = {}", n, fib.pow(n)[(0, 1)]);
    }
    let i3 = Matrix::identity(3);
    println!("trace(I3)={} trace(A*B)={}", i3.trace(), ab.trace());
    println!("(A^T)^T == A: {}", a.transpose().transpose() == a);
    println!("{:?}", Matrix::identity(2) * 7);
}
