// Sorting heterogeneous shapes by area with sort_by(partial_cmp), bounding boxes and a filter by closure.
use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

trait Shape {
    fn area(&self) -> f64;
    fn bbox(&self) -> (Point, Point);
    fn label(&self) -> String;
}

struct Circle {
    c: Point,
    r: f64,
}
struct Polygon {
    pts: Vec<Point>,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r.powi(2)
    }
    fn bbox(&self) -> (Point, Point) {
        (Point { x: self.c.x - self.r, y: self.c.y - self.r }, Point { x: self.c.x + self.r, y: self.c.y + self.r })
    }
    fn label(&self) -> String {
        format!("circle@({},{})", self.c.x, self.c.y)
    }
}

impl Shape for Polygon {
    fn area(&self) -> f64 {
        let n = self.pts.len();
        let twice: f64 = (0..n).map(|i| {
            let (a, b) = (self.pts[i], self.pts[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        }).sum();
        twice.abs() / 2.0
    }
    fn bbox(&self) -> (Point, Point) {
        let xs = self.pts.iter().map(|p| p.x);
        let ys = self.pts.iter().map(|p| p.y);
        let min_x = xs.clone().fold(f64::MAX, f64::min);
        let max_x = xs.fold(f64::MIN, f64::max);
        let min_y = ys.clone().fold(f64::MAX, f64::min);
        let max_y = ys.fold(f64::MIN, f64::max);
        (Point { x: min_x, y: min_y }, Point { x: max_x, y: max_y })
    }
    fn label(&self) -> String {
        format!("{}-gon", self.pts.len())
    }
}

impl<'a> fmt::Display for dyn Shape + 'a {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (lo, hi) = self.bbox();
        write!(f, "{:<16} area={:>8.3} bbox=[{:.1},{:.1}]..[{:.1},{:.1}]", self.label(), self.area(), lo.x, lo.y, hi.x, hi.y)
    }
}

fn select<'a>(shapes: &'a [Box<dyn Shape>], pred: impl Fn(&dyn Shape) -> bool) -> Vec<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).filter(|s| pred(*s)).collect()
}

fn pt(x: f64, y: f64) -> Point {
    Point { x, y }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Polygon { pts: vec![pt(0.0, 0.0), pt(4.0, 0.0), pt(4.0, 3.0)] }),
        Box::new(Circle { c: pt(1.0, 1.0), r: 2.0 }),
        Box::new(Polygon { pts: vec![pt(0.0, 0.0), pt(2.0, 0.0), pt(3.0, 2.0), pt(1.0, 4.0), pt(-1.0, 2.0)] }),
        Box::new(Circle { c: pt(-3.0, 5.0), r: 0.5 }),
        Box::new(Polygon { pts: vec![pt(1.0, 1.0), pt(6.0, 1.0), pt(6.0, 2.0), pt(1.0, 2.0)] }),
    ];
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    println!("sorted by area:");
    for s in &shapes {
        println!("  {}", s);
    }
    shapes.sort_by(|a, b| b.bbox().1.y.partial_cmp(&a.bbox().1.y).unwrap().then_with(|| a.label().cmp(&b.label())));
    let order: Vec<String> = shapes.iter().map(|s| s.label()).collect();
    println!("by top edge: {:?}", order);

    let threshold = 5.0;
    let big = select(&shapes, |s| s.area() > threshold);
    println!("{} shapes larger than {}:", big.len(), threshold);
    for s in big {
        println!("  {}", s);
    }
    let in_first_quadrant = select(&shapes, |s| {
        let (lo, _) = s.bbox();
        lo.x >= 0.0 && lo.y >= 0.0
    });
    println!("in first quadrant: {:?}", in_first_quadrant.iter().map(|s| s.label()).collect::<Vec<_>>());
}
