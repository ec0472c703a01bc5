// Generic Matrix<T> with T: Copy + Default + Add<Output=T> + Mul<Output=T>, Index, Display.
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Clone, PartialEq, Debug)]
pub struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy + Default> Matrix<T> {
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![T::default(); rows * cols] }
    }
    pub fn from_rows<const C: usize>(rows: &[[T; C]]) -> Self {
        let data = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols: C, data }
    }
    pub fn from_fn(rows: usize, cols: usize, f: impl Fn(usize, usize) -> T) -> Self {
        let data = (0..rows * cols).map(|i| f(i / cols, i % cols)).collect();
        Matrix { rows, cols, data }
    }
    pub fn transpose(&self) -> Self {
        Matrix::from_fn(self.cols, self.rows, |r, c| self[(c, r)])
    }
    pub fn row(&self, r: usize) -> &[T] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
    pub fn map<U: Copy + Default>(&self, f: impl Fn(T) -> U) -> Matrix<U> {
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().map(|&x| f(x)).collect() }
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

impl<T> Matrix<T>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    pub fn identity(n: usize, one: T) -> Self {
        Matrix::from_fn(n, n, |r, c| if r == c { one } else { T::default() })
    }
    pub fn trace(&self) -> T {
        (0..self.rows.min(self.cols)).fold(T::default(), |acc, i| acc + self[(i, i)])
    }
    pub fn pow(&self, mut e: u32, one: T) -> Self {
        let mut base = self.clone();
        let mut acc = Matrix::identity(self.rows, one);
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

impl<'a, T> Mul<&'a Matrix<T>> for &'a Matrix<T>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    type Output = Matrix<T>;
    fn mul(self, rhs: &'a Matrix<T>) -> Matrix<T> {
        assert_eq!(self.cols, rhs.rows, "dimension mismatch");
        Matrix::from_fn(self.rows, rhs.cols, |r, c| {
            (0..self.cols).fold(T::default(), |acc, k| acc + self[(r, k)] * rhs[(k, c)])
        })
    }
}

impl<T: Copy + Default + Add<Output = T>> Add for Matrix<T> {
    type Output = Matrix<T>;
    fn add(self, rhs: Self) -> Self {
        let data = self.data.iter().zip(&rhs.data).map(|(&a, &b)| a + b).collect();
        Matrix { data, ..self }
    }
}

impl<T: fmt::Display> fmt::Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let cells: Vec<String> = (0..self.cols).map(|c| format!("{:>5}", self.data[r * self.cols + c])).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[[1, 2, 3], [4, 5, 6]]);
    let b = Matrix::from_rows(&[[7, 8], [9, 10], [11, 12]]);
    print!("A =\n{}", a);
    print!("A^T =\n{}", a.transpose());
    let ab = &a * &b;
    print!("A*B =\n{}", ab);
    println!("trace(A*B) = {}", ab.trace());
    println!("row 1 of A: {:?}", a.row(1));

    let fibm = Matrix::from_rows(&[[1u64, 1], [1, 0]]);
    let f30 = fibm.pow(30, 1);
    println!("fib(30) via matrix = {}", f30[(0, 1)]);

    let mut m = Matrix::<f64>::zeros(2, 2);
    m[(0, 0)] = 0.5;
    m[(1, 1)] = 2.0;
    m[(0, 1)] = 1.5;
    let sum = m.clone() + Matrix::identity(2, 1.0);
    print!("M + I =\n{}", sum);
    let halves = sum.map(|x| x / 2.0);
    println!("halves trace = {}", halves.trace());
    let as_int = a.map(|x| x as i64 * -1);
    println!("neg A trace = {}, eq self = {}", as_int.trace(), as_int == as_int.clone());
    let mult = Matrix::from_fn(3, 3, |r, c| (r + 1) * (c + 1));
    print!("mult table =\n{}", mult);
    println!("mult^2 [2][2] = {}", mult.pow(2, 1)[(2, 2)]);
}
