use std::ops::{Add, Index, IndexMut, Mul};
use std::fmt::{self, Display};

#[derive(Debug, Clone, PartialEq)]
struct Matrix<T> { rows: usize, cols: usize, data: Vec<T> }

impl<T: Copy + Default> Matrix<T> {
    fn new(rows: usize, cols: usize) -> Self { Matrix { rows, cols, data: vec![T::default(); rows * cols] } }
    fn from_fn(rows: usize, cols: usize, f: impl Fn(usize, usize) -> T) -> Self {
        let mut m = Self::new(rows, cols);
        for r in 0..rows { for c in 0..cols { m[(r, c)] = f(r, c); } }
        m
    }
    fn transpose(&self) -> Self { Self::from_fn(self.cols, self.rows, |r, c| self[(c, r)]) }
}

impl<T> Index<(usize, usize)> for Matrix<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T { &self.data[r * self.cols + c] }
}
impl<T> IndexMut<(usize, usize)> for Matrix<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T { &mut self.data[r * self.cols + c] }
}

impl<T> Add for &Matrix<T> where T: Copy + Default + Add<Output = T> {
    type Output = Matrix<T>;
    fn add(self, o: &Matrix<T>) -> Matrix<T> {
        assert_eq!((self.rows, self.cols), (o.rows, o.cols));
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().zip(&o.data).map(|(a, b)| *a + *b).collect() }
    }
}

impl<T> Mul for &Matrix<T> where T: Copy + Default + Add<Output = T> + Mul<Output = T> {
    type Output = Matrix<T>;
    fn mul(self, o: &Matrix<T>) -> Matrix<T> {
        assert_eq!(self.cols, o.rows);
        Matrix::from_fn(self.rows, o.cols, |r, c| {
            (0..self.cols).fold(T::default(), |acc, k| acc + self[(r, k)] * o[(k, c)])
        })
    }
}

impl<T: Display> Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>6}", self[(r, c)])).collect();
            writeln!(f, "[{} ]", row.join(""))?;
        }
        Ok(())
    }
}

fn identity<T>(n: usize, one: T) -> Matrix<T> where T: Copy + Default {
    Matrix::from_fn(n, n, |r, c| if r == c { one } else { T::default() })
}

fn power<T>(m: &Matrix<T>, mut e: u32, one: T) -> Matrix<T>
where T: Copy + Default + Add<Output = T> + Mul<Output = T> {
    let mut result = identity(m.rows, one);
    let mut base = m.clone();
    while e > 0 {
        if e & 1 == 1 { result = &result * &base; }
        base = &base * &base;
        e >>= 1;
    }
    result
}

fn main() {
    let a: Matrix<i64> = Matrix::from_fn(2, 3, |r, c| (r * 3 + c) as i64 + 1);
    println!("A =\n{}", a);
    let at = a.transpose();
    println!("A^T =\n{}", at);
    let p = &a * &at;
    println!("A*A^T =\n{}", p);
    println!("A + A =\n{}", &a + &a);
    let fib = Matrix { rows: 2, cols: 2, data: vec![1u64, 1, 1, 0] };
    for e in [1u32, 5, 10, 30, 50] {
        let m = power(&fib, e, 1u64);
        println!("fib^{:<2} -> F = {}", e, m[(0, 1)]);
    }
    let f: Matrix<f64> = Matrix::from_fn(3, 3, |r, c| 1.0 / ((r + c + 1) as f64));
    let sq = &f * &f;
    for r in 0..3 {
        println!("{}", (0..3).map(|c| format!("{:>9.4}", sq[(r, c)])).collect::<Vec<_>>().join(" "));
    }
    println!("{}", identity(3, 1i32) == power(&Matrix::from_fn(3, 3, |r, c| (r + c) as i32), 0, 1));
}
