// Geometry with tests at the crate root and in nested modules: libtest orders them by their full names.
pub mod shapes {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Rect {
        pub w: u32,
        pub h: u32,
    }

    impl Rect {
        pub fn area(&self) -> u32 {
            self.w * self.h
        }

        pub fn can_hold(&self, other: &Rect) -> bool {
            self.w > other.w && self.h > other.h
        }
    }

    pub mod circle {
        pub fn area(r: f64) -> f64 {
            std::f64::consts::PI * r * r
        }

        #[cfg(test)]
        mod tests {
            use super::*;

            #[test]
            fn unit_circle() {
                assert!((area(1.0) - 3.14159).abs() < 1e-5);
            }

            #[test]
            fn Zero_radius() {
                assert_eq!(area(0.0), 0.0);
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn area_of_square() {
            assert_eq!(Rect { w: 3, h: 3 }.area(), 9);
        }

        #[test]
        fn larger_can_hold_smaller() {
            let big = Rect { w: 8, h: 7 };
            let small = Rect { w: 5, h: 1 };
            assert!(big.can_hold(&small));
            assert!(!small.can_hold(&big));
        }

        #[test]
        fn same_size_cannot_hold() {
            let r = Rect { w: 2, h: 2 };
            assert!(r.can_hold(&r), "a rectangle cannot hold itself: {:?}", r);
        }
    }
}

#[test]
fn root_level_test() {
    let r = shapes::Rect { w: 4, h: 5 };
    assert_eq!(r.area(), 20);
}

#[test]
fn _underscore_first() {}

fn main() {
    println!("{}", shapes::Rect { w: 2, h: 3 }.area());
}
