use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Equilateral,
    Isosceles,
    Scalene,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Triangle<T> {
    sides: [T; 3],
}

impl<T> Triangle<T>
where
    T: Copy + PartialOrd + Add<Output = T> + Default,
{
    pub fn build(mut sides: [T; 3]) -> Option<Self> {
        sides.sort_by(|a, b| a.partial_cmp(b).expect("comparable sides"));
        let [a, b, c] = sides;
        let zero = T::default();
        (a > zero && a + b >= c).then_some(Triangle { sides })
    }

    fn distinct(&self) -> usize {
        let [a, b, c] = self.sides;
        1 + usize::from(a != b) + usize::from(b != c)
    }

    pub fn kind(&self) -> Kind {
        match self.distinct() {
            1 => Kind::Equilateral,
            2 => Kind::Isosceles,
            _ => Kind::Scalene,
        }
    }

    pub fn is_equilateral(&self) -> bool {
        self.kind() == Kind::Equilateral
    }
    pub fn is_isosceles(&self) -> bool {
        self.distinct() <= 2
    }
    pub fn is_scalene(&self) -> bool {
        self.kind() == Kind::Scalene
    }

    pub fn perimeter(&self) -> T {
        self.sides.iter().copied().fold(T::default(), |acc, s| acc + s)
    }
}

fn describe<T>(sides: [T; 3]) -> String
where
    T: Copy + PartialOrd + Add<Output = T> + Default + std::fmt::Debug,
{
    match Triangle::build(sides) {
        Some(t) => format!(
            "{:?} -> {:?} (iso={}, eq={}, sca={}) perimeter={:?}",
            sides, t.kind(), t.is_isosceles(), t.is_equilateral(), t.is_scalene(), t.perimeter()
        ),
        None => format!("{sides:?} -> not a triangle"),
    }
}

fn main() {
    let int_cases: [[u32; 3]; 7] = [[2, 2, 2], [3, 4, 4], [4, 3, 4], [3, 4, 5], [1, 1, 3], [0, 0, 0], [7, 3, 2]];
    for s in int_cases {
        println!("{}", describe(s));
    }
    let float_cases = [[0.5, 0.5, 0.5], [0.5, 0.4, 0.6], [0.4, 0.6, 0.4], [1.5, 0.25, 0.25]];
    for s in float_cases {
        println!("{}", describe(s));
    }
    let signed: [[i64; 3]; 2] = [[-3, 4, 5], [10, 10, 20]];
    for s in signed {
        println!("{}", describe(s));
    }
    let mut kinds: Vec<Kind> = [[5u8, 5, 5], [5, 6, 7], [6, 6, 1], [2, 3, 4]]
        .into_iter()
        .filter_map(Triangle::build)
        .map(|t| t.kind())
        .collect();
    kinds.sort();
    println!("sorted kinds: {kinds:?}");
}
