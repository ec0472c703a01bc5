use std::ops::Add;

#[derive(Debug)]
pub struct Triangle<T> {
    sides: [T; 3],
}

impl<T> Triangle<T>
where
    T: Copy + PartialOrd + Add<Output = T> + Default,
{
    pub fn build(mut sides: [T; 3]) -> Option<Triangle<T>> {
        sides.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let zero = T::default();
        if sides[0] <= zero || sides[0] + sides[1] < sides[2] {
            None
        } else {
            Some(Triangle { sides })
        }
    }

    fn distinct(&self) -> usize {
        let [a, b, c] = self.sides;
        1 + (a != b) as usize + (b != c) as usize
    }

    pub fn is_equilateral(&self) -> bool {
        self.distinct() == 1
    }

    pub fn is_scalene(&self) -> bool {
        self.distinct() == 3
    }

    pub fn is_isosceles(&self) -> bool {
        self.distinct() <= 2
    }

    pub fn perimeter(&self) -> T {
        self.sides[0] + self.sides[1] + self.sides[2]
    }
}

fn describe<T>(sides: [T; 3])
where
    T: Copy + PartialOrd + Add<Output = T> + Default + std::fmt::Debug,
{
    match Triangle::build(sides) {
        Some(t) => {
            let kind = if t.is_equilateral() {
                "equilateral"
            } else if t.is_isosceles() {
                "isosceles"
            } else {
                "scalene"
            };
            println!("{:?}: {} (perimeter {:?}, scalene={})", sides, kind, t.perimeter(), t.is_scalene());
        }
        None => println!("{:?}: not a triangle", sides),
    }
}

fn main() {
    describe([2, 2, 2]);
    describe([0, 0, 0]);
    describe([3, 4, 4]);
    describe([4, 3, 4]);
    describe([10, 10, 2]);
    describe([1, 1, 3]);
    describe([5, 4, 6]);
    describe([7, 3, 2]);
    describe([0.5, 0.4, 0.6]);
    describe([0.5f32, 0.5, 0.5]);
    describe([1.0, 2.0, 3.0]);
    describe([-1i64, 2, 2]);
    describe([255u8, 255, 1]);
}
