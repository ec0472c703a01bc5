use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Clone, Copy, PartialEq, Debug)]
struct Matrix<const R: usize, const C: usize> {
    data: [[f64; C]; R],
}

impl<const R: usize, const C: usize> Default for Matrix<R, C> {
    fn default() -> Self { Matrix { data: [[0.0; C]; R] } }
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn from_fn(f: impl Fn(usize, usize) -> f64) -> Self {
        let mut m = Self::default();
        for r in 0..R { for c in 0..C { m.data[r][c] = f(r, c); } }
        m
    }
    fn transpose(&self) -> Matrix<C, R> {
        Matrix::from_fn(|r, c| self.data[c][r])
    }
    const SHAPE: (usize, usize) = (R, C);
}

impl<const N: usize> Matrix<N, N> {
    fn identity() -> Self { Self::from_fn(|r, c| if r == c { 1.0 } else { 0.0 }) }
    fn trace(&self) -> f64 { (0..N).map(|i| self[(i, i)]).sum() }
}

impl<const R: usize, const C: usize> Index<(usize, usize)> for Matrix<R, C> {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 { &self.data[r][c] }
}
impl<const R: usize, const C: usize> IndexMut<(usize, usize)> for Matrix<R, C> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 { &mut self.data[r][c] }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;
    fn mul(self, rhs: Matrix<K, C>) -> Matrix<R, C> {
        Matrix::from_fn(|r, c| (0..K).map(|k| self[(r, k)] * rhs[(k, c)]).sum())
    }
}
impl<const R: usize, const C: usize> Add for Matrix<R, C> {
    type Output = Self;
    fn add(self, rhs: Self) -> Self { Matrix::from_fn(|r, c| self[(r, c)] + rhs[(r, c)]) }
}
impl<const R: usize, const C: usize> Neg for Matrix<R, C> {
    type Output = Self;
    fn neg(self) -> Self { Matrix::from_fn(|r, c| -self[(r, c)]) }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let prec = f.precision().unwrap_or(1);
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>8.*}", prec, v)).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a: Matrix<2, 3> = Matrix::from_fn(|r, c| (r * 3 + c + 1) as f64);
    let b = a.transpose();
    println!("A {:?}:\n{}", Matrix::<2, 3>::SHAPE, a);
    println!("B = A^T {:?}:\n{:.2}", Matrix::<3, 2>::SHAPE, b);
    let ab = a * b;
    println!("A*B:\n{ab}");
    println!("trace(A*B) = {}", ab.trace());
    let ba = b * a;
    println!("B*A:\n{:.0}trace = {:e}", ba, ba.trace());
    let mut id = Matrix::<3, 3>::identity();
    id[(0, 2)] = 0.5;
    id[(2, 0)] += -0.25;
    let shifted = ba + -id;
    println!("B*A - I':\n{:.3}", shifted);
    let rot = |deg: f64| {
        let t = deg.to_radians();
        Matrix::<2, 2>::from_fn(move |r, c| match (r, c) { (0, 0) | (1, 1) => t.cos(), (0, 1) => -t.sin(), _ => t.sin() })
    };
    let r90 = rot(90.0);
    let r360 = r90 * r90 * r90 * r90;
    println!("rot^4:\n{:.4}", r360);
    let close = (0..2).all(|i| (0..2).all(|j| (r360[(i, j)] - Matrix::<2, 2>::identity()[(i, j)]).abs() < 1e-9));
    println!("rot^4 == I ? {close}");
    let v: Matrix<2, 1> = Matrix { data: [[1.0], [0.0]] };
    let rv = rot(30.0) * v;
    println!("rotated: ({:+.4}, {:+.4})", rv[(0, 0)], rv[(1, 0)]);
}
