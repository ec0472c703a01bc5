// Matching on tuples of references, including (&a, &mut b) combinations.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Empty,
}

#[derive(Debug, Default)]
struct Stats {
    merges: u32,
    area: f64,
    log: Vec<String>,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Shape::Circle { r } => write!(f, "circle(r={})", r),
            Shape::Rect { w, h } => write!(f, "rect({}x{})", w, h),
            Shape::Empty => f.write_str("empty"),
        }
    }
}

fn combine(a: &Shape, b: &mut Shape, stats: &mut Stats) {
    match (a, &mut *b) {
        (Shape::Empty, _) => stats.log.push("skip empty".to_string()),
        (Shape::Circle { r: ra }, Shape::Circle { r: rb }) => {
            *rb = (ra * ra + *rb * *rb).sqrt();
            stats.merges += 1;
        }
        (Shape::Rect { w, h }, Shape::Rect { w: bw, h: bh }) => {
            *bw += w;
            *bh = bh.max(*h);
            stats.merges += 1;
        }
        (other, target @ Shape::Empty) => {
            *target = other.clone();
            stats.log.push(format!("filled with {}", other));
        }
        (x, y) => stats.log.push(format!("incompatible {} vs {}", x, y)),
    }
    stats.area += area(b);
}

fn area(s: &Shape) -> f64 {
    match *s {
        Shape::Circle { r } => (3.0 * r * r * 100.0).round() / 100.0,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0.0,
    }
}

fn classify(pair: (&Option<i32>, &Option<i32>)) -> &'static str {
    match pair {
        (Some(a), Some(b)) if a == b => "equal",
        (Some(a), Some(b)) if a < b => "ascending",
        (Some(_), Some(_)) => "descending",
        (Some(_), None) | (None, Some(_)) => "half",
        (None, None) => "none",
    }
}

fn main() {
    let sources = vec![
        Shape::Circle { r: 3.0 },
        Shape::Rect { w: 2.0, h: 5.0 },
        Shape::Empty,
        Shape::Rect { w: 1.5, h: 7.0 },
        Shape::Circle { r: 4.0 },
    ];
    let mut targets = vec![
        Shape::Circle { r: 4.0 },
        Shape::Empty,
        Shape::Circle { r: 1.0 },
        Shape::Rect { w: 1.0, h: 1.0 },
        Shape::Rect { w: 1.0, h: 1.0 },
    ];
    let mut stats = Stats::default();
    for (a, b) in sources.iter().zip(targets.iter_mut()) {
        combine(a, b, &mut stats);
    }
    for t in &targets {
        println!("{}", t);
    }
    println!("merges={} area={:.2}", stats.merges, stats.area);
    for line in &stats.log {
        println!("log: {}", line);
    }
    let opts = [Some(1), Some(1), Some(5), None, Some(2), None];
    for w in opts.windows(2) {
        println!("{:?} {:?} -> {}", w[0], w[1], classify((&w[0], &w[1])));
    }
    let mut a = String::from("left");
    let mut b = String::from("right");
    let flag = true;
    match (flag, &mut a, &b) {
        (true, x, y) => x.push_str(y),
        (false, _, _) => {}
    }
    match (&a, &mut b) {
        (x, y) if x.len() > y.len() => y.insert_str(0, "short-"),
        (_, y) => y.clear(),
    }
    println!("a={} b={}", a, b);
}
