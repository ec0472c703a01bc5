// Inline modules with visibility rules: a small geometry library.
mod geometry {
    pub mod shapes {
        use super::point::Point;

        #[derive(Debug, Clone)]
        pub struct Polygon {
            pub(crate) vertices: Vec<Point>,
            name: String,
        }

        impl Polygon {
            pub fn new(name: &str, vertices: Vec<Point>) -> Self {
                Polygon { vertices, name: name.to_string() }
            }

            pub fn name(&self) -> &str {
                &self.name
            }

            pub fn perimeter(&self) -> f64 {
                let n = self.vertices.len();
                (0..n)
                    .map(|i| self.vertices[i].distance(&self.vertices[(i + 1) % n]))
                    .sum()
            }

            /// Shoelace formula.
            pub fn area(&self) -> f64 {
                let n = self.vertices.len();
                let twice: f64 = (0..n)
                    .map(|i| {
                        let a = &self.vertices[i];
                        let b = &self.vertices[(i + 1) % n];
                        a.x * b.y - b.x * a.y
                    })
                    .sum();
                twice.abs() / 2.0
            }

            pub fn centroid(&self) -> Point {
                let n = self.vertices.len() as f64;
                let (sx, sy) = self
                    .vertices
                    .iter()
                    .fold((0.0, 0.0), |(sx, sy), p| (sx + p.x, sy + p.y));
                Point::new(sx / n, sy / n)
            }
        }
    }

    pub mod point {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Point {
            pub x: f64,
            pub y: f64,
        }

        impl Point {
            pub fn new(x: f64, y: f64) -> Self {
                Point { x, y }
            }

            pub fn distance(&self, other: &Point) -> f64 {
                ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
            }

            pub(crate) fn translate(&mut self, dx: f64, dy: f64) {
                self.x += dx;
                self.y += dy;
            }
        }
    }

    use self::point::Point;
    use self::shapes::Polygon;

    pub fn square(side: f64) -> Polygon {
        let pts = vec![Point::new(0.0, 0.0), Point::new(side, 0.0), Point::new(side, side), Point::new(0.0, side)];
        Polygon::new("square", pts)
    }

    pub fn triangle() -> Polygon {
        Polygon::new("triangle", vec![Point::new(0.0, 0.0), Point::new(4.0, 0.0), Point::new(0.0, 3.0)])
    }
}

use geometry::point::Point;

fn main() {
    let mut shapes = vec![geometry::square(2.5), geometry::triangle()];
    for s in &shapes {
        let c = s.centroid();
        println!(
            "{:<8} perimeter={:.3} area={:.2} centroid=({:.2}, {:.2})",
            s.name(),
            s.perimeter(),
            s.area(),
            c.x,
            c.y
        );
    }

    // pub(crate) access from the crate root
    for v in shapes[1].vertices.iter_mut() {
        v.translate(1.0, -1.0);
    }
    println!("moved: {:?}", shapes[1].vertices);
    let origin = Point::new(1.0, -1.0);
    println!("first vertex is origin? {}", shapes[1].vertices[0] == origin);
    println!("area unchanged: {:.2}", shapes[1].area());
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let names: Vec<&str> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {:?}", names);
}
