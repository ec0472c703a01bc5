// Generic statistics over numeric types with a custom trait implemented for several primitives.
use std::fmt::Debug;
use std::ops::{Add, Div, Mul, Sub};

trait Numeric: Copy + PartialOrd + Debug + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Div<Output = Self> {
    fn zero() -> Self;
    fn from_usize(n: usize) -> Self;
    fn to_f64(self) -> f64;
}

macro_rules! impl_numeric {
    ($($t:ty),*) => {
        $(impl Numeric for $t {
            fn zero() -> Self { 0 as $t }
            fn from_usize(n: usize) -> Self { n as $t }
            fn to_f64(self) -> f64 { self as f64 }
        })*
    };
}
impl_numeric!(i32, i64, u8, f32, f64);

struct Summary<T> {
    count: usize,
    sum: T,
    mean: f64,
    min: T,
    max: T,
    stddev: f64,
}

fn summarize<T: Numeric>(data: &[T]) -> Option<Summary<T>> {
    let (&first, rest) = data.split_first()?;
    let sum = data.iter().fold(T::zero(), |a, &b| a + b);
    let mean = sum.to_f64() / data.len() as f64;
    let (min, max) = rest.iter().fold((first, first), |(lo, hi), &x| {
        (if x < lo { x } else { lo }, if x > hi { x } else { hi })
    });
    let var = data.iter().map(|x| (x.to_f64() - mean).powi(2)).sum::<f64>() / data.len() as f64;
    Some(Summary { count: data.len(), sum, mean, min, max, stddev: var.sqrt() })
}

fn median<T: Numeric>(data: &[T]) -> Option<f64> {
    let mut v: Vec<T> = data.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2].to_f64()),
        _ => Some((v[n / 2 - 1].to_f64() + v[n / 2].to_f64()) / 2.0),
    }
}

fn print_summary<T: Numeric>(name: &str, data: &[T]) {
    match summarize(data) {
        Some(s) => println!(
            "{:<7} n={:<2} sum={:<8?} mean={:>8.3} min={:?} max={:?} sd={:.4} median={:?}",
            name, s.count, s.sum, s.mean, s.min, s.max, s.stddev, median(data)
        ),
        None => println!("{:<7} no data", name),
    }
}

fn main() {
    print_summary("i32", &[4, 8, 15, 16, 23, 42]);
    print_summary("i64", &[-1_000_000_000_000i64, 5, 999_999_999_999]);
    print_summary("f64", &[2.5, 3.5, 1.25, 9.0, 0.75]);
    print_summary("f32", &[0.1f32, 0.2, 0.3]);
    print_summary::<i32>("empty", &[]);
    let scaled: Vec<f64> = [1, 2, 3].iter().map(|&x: &i32| (x * 10).to_f64() / f64::from_usize(4)).collect();
    println!("scaled: {:?}", scaled);
    let bytes: [u8; 5] = [10, 60, 70, 80, 30];
    println!("u8 median: {:?}", median(&bytes));
    print_summary("u8", &bytes);
}
