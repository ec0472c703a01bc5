use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Clone, Copy, PartialEq, Debug)]
struct Matrix<const R: usize, const C: usize> {
    data: [[i64; C]; R],
}

impl<const R: usize, const C: usize> Default for Matrix<R, C> {
    fn default() -> Self {
        Matrix { data: [[0; C]; R] }
    }
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    const ROWS: usize = R;
    const COLS: usize = C;

    fn from_fn(f: impl Fn(usize, usize) -> i64) -> Self {
        let mut m = Self::default();
        for r in 0..R {
            for c in 0..C {
                m[(r, c)] = f(r, c);
            }
        }
        m
    }

    fn transpose(&self) -> Matrix<C, R> {
        Matrix::<C, R>::from_fn(|r, c| self[(c, r)])
    }

    fn trace(&self) -> i64 {
        (0..R.min(C)).map(|i| self[(i, i)]).sum()
    }

    fn shape(&self) -> (usize, usize) {
        (Self::ROWS, Self::COLS)
    }
}

impl<const N: usize> Matrix<N, N> {
    fn identity() -> Self {
        Self::from_fn(|r, c| if r == c { 1 } else { 0 })
    }

    fn pow(&self, mut e: u32) -> Self {
        let mut base = *self;
        let mut acc = Self::identity();
        while e > 0 {
            if e & 1 == 1 {
                acc = acc * base;
            }
            base = base * base;
            e >>= 1;
        }
        acc
    }
}

impl<const R: usize, const C: usize> Index<(usize, usize)> for Matrix<R, C> {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r][c]
    }
}

impl<const R: usize, const C: usize> IndexMut<(usize, usize)> for Matrix<R, C> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r][c]
    }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;
    fn mul(self, rhs: Matrix<K, C>) -> Matrix<R, C> {
        Matrix::from_fn(|r, c| (0..K).map(|k| self[(r, k)] * rhs[(k, c)]).sum())
    }
}

impl<const R: usize, const C: usize> Add for Matrix<R, C> {
    type Output = Self;
    fn add(self, rhs: Self) -> Self {
        Matrix::from_fn(|r, c| self[(r, c)] + rhs[(r, c)])
    }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = f.width().unwrap_or(4);
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>w$}", v)).collect();
            writeln!(f, "|{} |", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a: Matrix<2, 3> = Matrix::from_fn(|r, c| (r * 3 + c) as i64 + 1);
    let b = a.transpose();
    println!("A {:?} =\n{}", a.shape(), a);
    println!("A^T {:?} =\n{:3}", b.shape(), b);
    let ab = a * b;
    let ba = b * a;
    println!("A*A^T =\n{:6}", ab);
    println!("A^T*A =\n{}", ba);
    println!("traces: {} {}", ab.trace(), ba.trace());

    let fib = Matrix::<2, 2> { data: [[1, 1], [1, 0]] };
    for n in [1u32, 5, 10, 30, 50] {
        let p = fib.pow(n);
        println!("fib({:>2}) = {:>12}", n, p[(0, 1)]);
    }
    let sum = Matrix::<3, 3>::identity() + ba;
    println!("I + A^T*A =\n{:5}", sum);
    println!("symmetric: {}", sum == sum.transpose());
    println!("consts: {}x{}", Matrix::<4, 7>::ROWS, Matrix::<4, 7>::COLS);
}
