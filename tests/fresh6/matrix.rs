use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, PartialEq)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy + Default> Matrix<T> {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![T::default(); rows * cols] }
    }
    fn from_rows(rows: &[&[T]]) -> Self {
        let cols = rows[0].len();
        let data: Vec<T> = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
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
}

impl<T> Index<(usize, usize)> for Matrix<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T {
        &self.data[r * self.cols + c]
    }
}

impl<T> IndexMut<(usize, usize)> for Matrix<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T {
        &mut self.data[r * self.cols + c]
    }
}

impl<T: Copy + Add<Output = T>> Add for &Matrix<T> {
    type Output = Matrix<T>;
    fn add(self, other: &Matrix<T>) -> Matrix<T> {
        assert_eq!((self.rows, self.cols), (other.rows, other.cols));
        let data = self.data.iter().zip(&other.data).map(|(&a, &b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl<T> Mul for &Matrix<T>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    type Output = Matrix<T>;
    fn mul(self, other: &Matrix<T>) -> Matrix<T> {
        let mut out = Matrix::new(self.rows, other.cols);
        for r in 0..self.rows {
            for c in 0..other.cols {
                out[(r, c)] = (0..self.cols).fold(T::default(), |acc, k| acc + self[(r, k)] * other[(k, c)]);
            }
        }
        out
    }
}

impl<T: Copy + Neg<Output = T>> Neg for Matrix<T> {
    type Output = Matrix<T>;
    fn neg(self) -> Matrix<T> {
        Matrix { rows: self.rows, cols: self.cols, data: self.data.into_iter().map(|x| -x).collect() }
    }
}

impl<T: fmt::Display> fmt::Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.data.chunks(self.cols) {
            let cells: Vec<String> = row.iter().map(|x| format!("{:>7}", x)).collect();
            writeln!(f, "[{} ]", cells.join(""))?;
        }
        Ok(())
    }
}

fn identity(n: usize) -> Matrix<i64> {
    let mut m = Matrix::new(n, n);
    for i in 0..n {
        m[(i, i)] = 1;
    }
    m
}

fn main() {
    let a = Matrix::from_rows(&[&[1i64, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7i64, 8], &[9, 10], &[11, 12]]);
    println!("A =\n{}B =\n{}", a, b);
    let ab = &a * &b;
    println!("A*B =\n{}", ab);
    println!("A^T =\n{}", a.transpose());
    println!("A + A =\n{}", &a + &a);
    println!("-(A*B) =\n{}", -ab.clone());
    println!("I*AB == AB: {}", &identity(2) * &ab == ab);
    let mut fib = Matrix::from_rows(&[&[1i64, 1], &[1, 0]]);
    let base = fib.clone();
    for _ in 0..10 {
        fib = &fib * &base;
    }
    println!("fib^11 =\n{}F(11)={}", fib, fib[(0, 1)]);
    let f = Matrix::from_rows(&[&[0.5f64, -1.25], &[2.0, 0.1]]);
    let sq = &f * &f;
    for r in 0..sq.rows {
        println!("{:>9.3} {:>9.3}", sq[(r, 0)], sq[(r, 1)]);
    }
    let trace: f64 = (0..sq.rows).map(|i| sq[(i, i)]).sum();
    println!("trace={:.4} size_of Matrix<i64>={}", trace, std::mem::size_of::<Matrix<i64>>());
}
