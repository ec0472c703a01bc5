use std::fmt::{self, Debug, Display};
use std::ops::Add;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Kind {
    Equilateral,
    Isosceles,
    Scalene,
}

impl Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Kind::Equilateral => "equilateral",
            Kind::Isosceles => "isosceles",
            Kind::Scalene => "scalene",
        };
        f.pad(s)
    }
}

trait Zero {
    fn zero() -> Self;
}
impl Zero for u32 { fn zero() -> Self { 0 } }
impl Zero for i64 { fn zero() -> Self { 0 } }
impl Zero for f64 { fn zero() -> Self { 0.0 } }

#[derive(Debug, Clone, Copy)]
struct Triangle<T> {
    sides: [T; 3],
}

impl<T> Triangle<T>
where
    T: Copy + PartialOrd + Add<Output = T> + Zero,
{
    fn build(mut sides: [T; 3]) -> Option<Self> {
        sides.sort_by(|a, b| a.partial_cmp(b).expect("no NaN sides"));
        let [a, b, c] = sides;
        let positive = a > T::zero();
        let inequality = a + b >= c;
        (positive && inequality).then_some(Triangle { sides })
    }

    fn kind(&self) -> Kind {
        let [a, b, c] = self.sides;
        if a == b && b == c {
            Kind::Equilateral
        } else if a == b || b == c {
            Kind::Isosceles
        } else {
            Kind::Scalene
        }
    }

    fn is_equilateral(&self) -> bool { self.kind() == Kind::Equilateral }
    fn is_scalene(&self) -> bool { self.kind() == Kind::Scalene }
    fn is_isosceles(&self) -> bool { self.kind() != Kind::Scalene }

    fn perimeter(&self) -> T {
        self.sides.iter().fold(T::zero(), |acc, &s| acc + s)
    }
}

fn describe<T>(sides: [T; 3]) -> String
where
    T: Copy + PartialOrd + Add<Output = T> + Zero + Debug + Display,
{
    match Triangle::build(sides) {
        Some(t) => format!(
            "{:<24} {:<12} perimeter={:<8} iso={:<5} eq={:<5} scal={}",
            format!("{:?}", sides), t.kind(), t.perimeter().to_string(), t.is_isosceles(), t.is_equilateral(), t.is_scalene()
        ),
        None => format!("{:<24} not a triangle", format!("{:?}", sides)),
    }
}

fn heron(t: &Triangle<f64>) -> f64 {
    let s = t.perimeter() / 2.0;
    let [a, b, c] = t.sides;
    (s * (s - a) * (s - b) * (s - c)).sqrt()
}

fn main() {
    let int_cases: [[u32; 3]; 7] = [[2, 2, 2], [3, 4, 4], [4, 3, 4], [3, 4, 5], [1, 1, 3], [0, 0, 0], [7, 3, 2]];
    for c in int_cases {
        println!("{}", describe(c));
    }
    println!("{}", describe([5i64, -5, 5]));
    for c in [[0.5, 0.5, 0.5], [0.4, 0.6, 0.3], [0.5, 0.4, 0.5], [1.0, 2.0, 3.0]] {
        println!("{}", describe(c));
    }

    let mut triangles: Vec<Triangle<f64>> = [[3.0, 4.0, 5.0], [1.0, 1.0, 1.0], [5.0, 5.0, 8.0], [2.5, 6.0, 6.5], [10.0, 1.0, 1.0]]
        .into_iter()
        .filter_map(Triangle::build)
        .collect();
    triangles.sort_by(|a, b| heron(a).total_cmp(&heron(b)));
    println!("\nsorted by area:");
    for t in &triangles {
        println!("  {:>14} sides {:?} area {:>8.3}", t.kind(), t.sides, heron(t));
    }
    let mut kinds: Vec<Kind> = triangles.iter().map(|t| t.kind()).collect();
    kinds.sort();
    kinds.dedup();
    println!("kinds present: {:?}", kinds);
    let total: f64 = triangles.iter().map(heron).sum();
    println!("total area {:08.3}", total);
}
