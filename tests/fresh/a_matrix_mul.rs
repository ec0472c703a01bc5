// A small generic Matrix<T> with Add and Mul for T: Add<Output = T> + Mul<Output = T> + Copy + Default.
use std::fmt::{self, Display};
use std::ops::{Add, Mul};

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
    fn from_rows(rows: Vec<Vec<T>>) -> Self {
        let r = rows.len();
        let c = rows.first().map_or(0, |row| row.len());
        Matrix { rows: r, cols: c, data: rows.into_iter().flatten().collect() }
    }
    fn get(&self, r: usize, c: usize) -> T {
        self.data[r * self.cols + c]
    }
    fn set(&mut self, r: usize, c: usize, v: T) {
        self.data[r * self.cols + c] = v;
    }
    fn transpose(&self) -> Self {
        let mut t = Matrix::new(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t.set(c, r, self.get(r, c));
            }
        }
        t
    }
}

impl<T: Add<Output = T> + Copy> Add for Matrix<T> {
    type Output = Matrix<T>;
    fn add(self, other: Matrix<T>) -> Matrix<T> {
        assert_eq!((self.rows, self.cols), (other.rows, other.cols), "shape mismatch");
        let data = self.data.iter().zip(other.data.iter()).map(|(&a, &b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl<T> Mul for &Matrix<T>
where
    T: Add<Output = T> + Mul<Output = T> + Copy + Default,
{
    type Output = Matrix<T>;
    fn mul(self, rhs: &Matrix<T>) -> Matrix<T> {
        let mut out = Matrix::new(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                let mut acc = T::default();
                for k in 0..self.cols {
                    acc = acc + self.get(i, k) * rhs.get(k, j);
                }
                out.set(i, j, acc);
            }
        }
        out
    }
}

impl<T: Display + Copy + Default> Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>6}", self.get(r, c))).collect();
            writeln!(f, "[{} ]", row.join(""))?;
        }
        Ok(())
    }
}

fn identity(n: usize) -> Matrix<i64> {
    let mut m = Matrix::new(n, n);
    (0..n).for_each(|i| m.set(i, i, 1));
    m
}

fn main() {
    let a = Matrix::from_rows(vec![vec![1, 2, 3], vec![4, 5, 6]]);
    let b = Matrix::from_rows(vec![vec![7, 8], vec![9, 10], vec![11, 12]]);
    print!("A =\n{}", a);
    print!("B^T =\n{}", b.transpose());
    let c = &a * &b;
    print!("A*B =\n{}", c);
    println!("A*B == (B^T*A^T)^T: {}", c == (&b.transpose() * &a.transpose()).transpose());
    print!("A + A =\n{}", a.clone() + a.clone());

    let fib = Matrix::from_rows(vec![vec![1i64, 1], vec![1, 0]]);
    let mut p = identity(2);
    for n in 1..=50 {
        p = &p * &fib;
        if n % 10 == 0 {
            println!("fib({:>2}) = {}", n, p.get(0, 1));
        }
    }
    let rot = Matrix::from_rows(vec![vec![0.0f64, -1.0], vec![1.0, 0.0]]);
    let v = Matrix::from_rows(vec![vec![2.5], vec![1.0]]);
    let r = &rot * &v;
    println!("rotated: {:?}", r.data);
}
