use std::fmt;
use std::ops::{Add, Mul};

trait Semiring: Copy + PartialEq + fmt::Debug {
    const ZERO: Self;
    const ONE: Self;
    fn plus(self, o: Self) -> Self;
    fn times(self, o: Self) -> Self;
    fn pow(self, mut e: u32) -> Self {
        let mut base = self;
        let mut acc = Self::ONE;
        while e > 0 {
            if e & 1 == 1 { acc = acc.times(base); }
            base = base.times(base);
            e >>= 1;
        }
        acc
    }
}

impl Semiring for i64 {
    const ZERO: i64 = 0;
    const ONE: i64 = 1;
    fn plus(self, o: i64) -> i64 { self + o }
    fn times(self, o: i64) -> i64 { self * o }
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct Mod7(u8);
impl Semiring for Mod7 {
    const ZERO: Mod7 = Mod7(0);
    const ONE: Mod7 = Mod7(1);
    fn plus(self, o: Mod7) -> Mod7 { Mod7((self.0 + o.0) % 7) }
    fn times(self, o: Mod7) -> Mod7 { Mod7((self.0 * o.0) % 7) }
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct MinPlus(Option<u32>);
impl Semiring for MinPlus {
    const ZERO: MinPlus = MinPlus(None);
    const ONE: MinPlus = MinPlus(Some(0));
    fn plus(self, o: MinPlus) -> MinPlus {
        match (self.0, o.0) {
            (Some(a), Some(b)) => MinPlus(Some(a.min(b))),
            (a, None) => MinPlus(a),
            (None, b) => MinPlus(b),
        }
    }
    fn times(self, o: MinPlus) -> MinPlus { MinPlus(self.0.zip(o.0).map(|(a, b)| a + b)) }
}

#[derive(Clone, Copy, PartialEq)]
struct Matrix<T: Semiring, const N: usize>([[T; N]; N]);

impl<T: Semiring, const N: usize> Matrix<T, N> {
    fn identity() -> Self {
        let mut m = [[T::ZERO; N]; N];
        for i in 0..N { m[i][i] = T::ONE; }
        Matrix(m)
    }
    fn from_fn(f: impl Fn(usize, usize) -> T) -> Self {
        Matrix(std::array::from_fn(|i| std::array::from_fn(|j| f(i, j))))
    }
    fn power(self, mut e: u32) -> Self {
        let mut acc = Self::identity();
        let mut base = self;
        while e > 0 {
            if e % 2 == 1 { acc = acc * base; }
            base = base * base;
            e /= 2;
        }
        acc
    }
    fn trace(&self) -> T {
        (0..N).map(|i| self.0[i][i]).fold(T::ZERO, T::plus)
    }
}

impl<T: Semiring, const N: usize> Mul for Matrix<T, N> {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        Matrix::from_fn(|i, j| (0..N).fold(T::ZERO, |acc, k| acc.plus(self.0[i][k].times(o.0[k][j]))))
    }
}

impl<T: Semiring, const N: usize> Add for Matrix<T, N> {
    type Output = Self;
    fn add(self, o: Self) -> Self { Matrix::from_fn(|i, j| self.0[i][j].plus(o.0[i][j])) }
}

impl<T: Semiring, const N: usize> fmt::Display for Matrix<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let w = f.width().unwrap_or(4);
        for row in &self.0 {
            let cells: Vec<String> = row.iter().map(|c| format!("{:>w$}", format!("{:?}", c), w = w)).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn dims<T: Semiring, const N: usize>(_: &Matrix<T, N>) -> usize { N * N }

fn main() {
    let fib: Matrix<i64, 2> = Matrix([[1, 1], [1, 0]]);
    for n in [1u32, 2, 10, 30, 50, 60] {
        println!("fib({:>2}) = {}", n, fib.power(n).0[0][1]);
    }
    println!("i64 pow: {} {}", 3i64.pow(13), Semiring::pow(2i64, 30));

    let m: Matrix<Mod7, 3> = Matrix::from_fn(|i, j| Mod7(((i * 3 + j * 2 + 1) % 7) as u8));
    println!("mod7 m:\n{:8}", m);
    let m5 = m.power(5);
    println!("m^5 trace {:?}, m^48 == I: {}", m5.trace(), m.power(48) == Matrix::identity());
    println!("m + m^5:\n{:8}", m + m5);
    println!("Mod7(3)^6 = {:?}", Mod7(3).pow(6));

    const INF: MinPlus = MinPlus(None);
    let e = |w: u32| MinPlus(Some(w));
    let roads: Matrix<MinPlus, 4> = Matrix([
        [e(0), e(5), INF, e(10)],
        [INF, e(0), e(3), INF],
        [INF, INF, e(0), e(1)],
        [e(2), INF, INF, e(0)],
    ]);
    let all_pairs = roads.power(3);
    for (i, row) in all_pairs.0.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|c| c.0.map_or("-".to_string(), |v| v.to_string())).collect();
        println!("from {}: {}", i, cells.join(" "));
    }
    println!("cells: {} {} {}", dims(&fib), dims(&m), dims(&roads));
}
