use std::fmt::{self, Debug, Display};
use std::ops::{Add, Index, IndexMut, Mul};

trait One {
    fn one() -> Self;
}
impl One for u64 { fn one() -> Self { 1 } }
impl One for i64 { fn one() -> Self { 1 } }
impl One for f64 { fn one() -> Self { 1.0 } }

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct ModP(u64);
const P: u64 = 1_000_000_007;
impl Add for ModP { type Output = ModP; fn add(self, o: ModP) -> ModP { ModP((self.0 + o.0) % P) } }
impl Mul for ModP { type Output = ModP; fn mul(self, o: ModP) -> ModP { ModP(self.0 * o.0 % P) } }
impl One for ModP { fn one() -> Self { ModP(1) } }
impl Display for ModP {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{} (mod p)", self.0) }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat<T, const N: usize> {
    a: [[T; N]; N],
}

impl<T, const N: usize> Mat<T, N>
where
    T: Copy + Default + One,
{
    fn identity() -> Self {
        let mut a = [[T::default(); N]; N];
        for i in 0..N {
            a[i][i] = T::one();
        }
        Mat { a }
    }
}

impl<T: Copy, const N: usize> Index<(usize, usize)> for Mat<T, N> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T { &self.a[r][c] }
}
impl<T: Copy, const N: usize> IndexMut<(usize, usize)> for Mat<T, N> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T { &mut self.a[r][c] }
}

impl<T, const N: usize> Mul for Mat<T, N>
where
    T: Copy + Default + Add<Output = T> + Mul<Output = T>,
{
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        let mut out = [[T::default(); N]; N];
        for i in 0..N {
            for j in 0..N {
                let mut acc = T::default();
                for k in 0..N {
                    acc = acc + self.a[i][k] * o.a[k][j];
                }
                out[i][j] = acc;
            }
        }
        Mat { a: out }
    }
}

fn power<T>(mut base: T, mut exp: u64, one: T) -> T
where
    T: Mul<Output = T> + Copy,
{
    let mut acc = one;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc * base;
        }
        exp >>= 1;
        if exp > 0 {
            base = base * base;
        }
    }
    acc
}

fn show<T: Display, const N: usize>(name: &str, m: &Mat<T, N>) {
    println!("{}:", name);
    for row in &m.a {
        let cells: Vec<String> = row.iter().map(|v| format!("{:>10}", v.to_string())).collect();
        println!("  [{}]", cells.join(" "));
    }
}

fn fib<T>(n: u64) -> T
where
    T: Copy + Default + One + Add<Output = T> + Mul<Output = T> + Debug,
{
    let q = Mat::<T, 2> { a: [[T::one(), T::one()], [T::one(), T::default()]] };
    power(q, n, Mat::identity())[(0, 1)]
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut it = items.iter().copied();
    let first = it.next()?;
    Some(it.fold(first, |m, x| if x > m { x } else { m }))
}

fn main() {
    for n in [1u64, 2, 10, 50, 90] {
        println!("fib({:>2}) = {:>20}", n, fib::<u64>(n));
    }
    println!("fib(1000) mod p = {}", fib::<ModP>(1000));
    println!("fib(10^18) mod p = {}", fib::<ModP>(1_000_000_000_000_000_000).0);
    println!("fib(80) as f64 = {:e}", fib::<f64>(80));
    let mut rot = Mat::<i64, 3>::identity();
    rot[(0, 0)] = 0;
    rot[(0, 1)] = -1;
    rot[(1, 0)] = 1;
    rot[(1, 1)] = 0;
    rot[(2, 2)] = 2;
    show("rot", &rot);
    show("rot^4", &power(rot, 4, Mat::identity()));
    show("rot^5", &power(rot, 5, Mat::identity()));
    println!("rot^4 == I ? {}", power(rot, 4, Mat::identity()) == Mat::<i64, 3>::identity());
    let damp = Mat::<f64, 2> { a: [[0.9, 0.1], [0.5, 0.5]] };
    let st = power(damp, 64, Mat::identity());
    println!("stationary ≈ [{:.6}, {:.6}]", st[(0, 0)], st[(0, 1)]);
    println!("2^62 = {}, 3^40 mod p = {}", power(2u64, 62, 1), power(ModP(3), 40, ModP(1)));
    println!("largest: {:?} {:?} {:?}", largest(&[3, 9, -2, 9]), largest(&[0.5, -1.5]), largest::<char>(&[]));
    println!("largest str: {:?}", largest(&["pear", "apple", "zucchini", "fig"]));
}
