// Matching on references to locals: default binding modes, ref / ref mut, &mut enums.
#[derive(Debug, Clone)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Poly(Vec<(i32, i32)>),
    Empty,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.0 * r * r, // r: &f64
        Shape::Rect { w, h } => w * h,
        Shape::Poly(pts) => {
            // shoelace formula
            let n = pts.len();
            let mut acc = 0i64;
            for i in 0..n {
                let (x1, y1) = pts[i];
                let (x2, y2) = pts[(i + 1) % n];
                acc += x1 as i64 * y2 as i64 - x2 as i64 * y1 as i64;
            }
            acc.abs() as f64 / 2.0
        }
        Shape::Empty => 0.0,
    }
}

fn grow(s: &mut Shape, by: f64) {
    match s {
        Shape::Circle { r } => *r += by,
        Shape::Rect { w, h } => {
            *w += by;
            *h += by;
        }
        Shape::Poly(pts) => pts.iter_mut().for_each(|p| {
            p.0 *= 2;
            p.1 *= 2;
        }),
        Shape::Empty => *s = Shape::Circle { r: by },
    }
}

fn main() {
    let mut shapes = [
        Shape::Circle { r: 1.0 },
        Shape::Rect { w: 2.0, h: 3.5 },
        Shape::Poly(vec![(0, 0), (4, 0), (4, 3)]),
        Shape::Empty,
    ];
    for round in 0..3 {
        let areas: Vec<f64> = shapes.iter().map(area).collect();
        println!("round {} areas = {:?}", round, areas);
        for s in shapes.iter_mut() {
            grow(s, 0.5);
        }
    }
    println!("final shapes = {:?}", shapes);

    let pair = (String::from("key"), 42u32);
    let r = &pair;
    match r {
        (name, n) if *n > 40 => println!("big {} -> {}", name, n),
        (name, n) => println!("small {} -> {}", name, n),
    }
    let (ref k, v) = pair;
    println!("ref binding k={} v={} pair still whole: {:?}", k, v, pair);

    let mut counts = [0u32; 4];
    let text = "a1 b22 c333 ? d4444 e";
    for token in text.split(' ') {
        let first = token.chars().next();
        let slot: &mut u32 = match &first {
            Some(c) if c.is_ascii_lowercase() && token.len() > 1 => &mut counts[0],
            Some('?') => &mut counts[1],
            Some(_) => &mut counts[2],
            None => &mut counts[3],
        };
        *slot += 1;
    }
    println!("token classes = {:?}", counts);

    let mut opt: Option<String> = Some(String::from("hello"));
    match &mut opt {
        Some(s) => s.push_str(" world"),
        None => {}
    }
    if let Some(ref mut s) = opt {
        s.make_ascii_uppercase();
    }
    println!("opt = {:?}", opt);

    let nums = [3, -1, 0, 8, -7];
    for n in &nums {
        let kind = match *n {
            i32::MIN..=-1 => "negative",
            0 => "zero",
            1..=5 => "small",
            _ => "large",
        };
        println!("{:3} is {}", n, kind);
    }
    let slice_desc = match &nums[..] {
        [first, .., last] => format!("first={} last={}", first, last),
        [only] => format!("only={}", only),
        [] => String::from("empty"),
    };
    println!("{}", slice_desc);
}
