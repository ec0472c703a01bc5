// Drawing canvas: enum Shape with impl blocks, grouped by kind in a BTreeMap, rasterised to ASCII.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone)]
enum Shape {
    Rect { x: i32, y: i32, w: i32, h: i32 },
    Circle { cx: i32, cy: i32, r: i32 },
    HLine { x: i32, y: i32, len: i32 },
}

impl Shape {
    fn kind(&self) -> &'static str {
        match self {
            Shape::Rect { .. } => "rect",
            Shape::Circle { .. } => "circle",
            Shape::HLine { .. } => "line",
        }
    }
    fn contains(&self, px: i32, py: i32) -> bool {
        match *self {
            Shape::Rect { x, y, w, h } => px >= x && px < x + w && py >= y && py < y + h,
            Shape::Circle { cx, cy, r } => (px - cx).pow(2) + (py - cy).pow(2) <= r * r,
            Shape::HLine { x, y, len } => py == y && (x..x + len).contains(&px),
        }
    }
    fn glyph(&self) -> char {
        self.kind().chars().next().unwrap().to_ascii_uppercase()
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Shape::Rect { x, y, w, h } => write!(f, "rect {}x{} at ({},{})", w, h, x, y),
            Shape::Circle { cx, cy, r } => write!(f, "circle r={} at ({},{})", r, cx, cy),
            Shape::HLine { x, y, len } => write!(f, "line len={} at ({},{})", len, x, y),
        }
    }
}

struct Canvas {
    w: i32,
    h: i32,
    shapes: Vec<Shape>,
}

impl Canvas {
    fn render(&self) -> String {
        let mut out = String::new();
        for y in 0..self.h {
            for x in 0..self.w {
                let c = self.shapes.iter().rev().find(|s| s.contains(x, y)).map_or('.', Shape::glyph);
                out.push(c);
            }
            out.push('\n');
        }
        out
    }
    fn coverage(&self) -> usize {
        (0..self.h).flat_map(|y| (0..self.w).map(move |x| (x, y))).filter(|&(x, y)| self.shapes.iter().any(|s| s.contains(x, y))).count()
    }
}

fn main() {
    let canvas = Canvas {
        w: 24,
        h: 10,
        shapes: vec![
            Shape::Rect { x: 1, y: 1, w: 8, h: 4 },
            Shape::Circle { cx: 15, cy: 5, r: 4 },
            Shape::HLine { x: 0, y: 8, len: 20 },
            Shape::Rect { x: 6, y: 3, w: 5, h: 3 },
            Shape::Circle { cx: 3, cy: 7, r: 1 },
        ],
    };
    print!("{}", canvas.render());
    let mut groups: BTreeMap<&str, Vec<&Shape>> = BTreeMap::new();
    for s in &canvas.shapes {
        groups.entry(s.kind()).or_default().push(s);
    }
    for (kind, list) in &groups {
        println!("{} ({}):", kind, list.len());
        for s in list {
            println!("    {}", s);
        }
    }
    let covered = canvas.coverage();
    let total = (canvas.w * canvas.h) as usize;
    println!("coverage: {}/{} = {:.1}%", covered, total, covered as f64 * 100.0 / total as f64);
    let per_shape: Vec<(char, usize)> = canvas
        .shapes
        .iter()
        .map(|s| (s.glyph(), (0..canvas.h).map(|y| (0..canvas.w).filter(|&x| s.contains(x, y)).count()).sum()))
        .collect();
    println!("cells per shape: {:?}", per_shape);
}
