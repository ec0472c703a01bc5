// The JDK AOT cache's training workload (`rustmem aot-training`): what typical programs do —
// calls and recursion, loops with checked arithmetic, structs, enums and match, Vec and String
// growth, Box, formatting, sorting — for long enough that the JIT profiles the interpreter's
// paths for them. Its output is discarded.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle(u32),
    Rect { w: u32, h: u32 },
}

struct Counter {
    name: String,
    hits: u64,
}

fn area(s: &Shape) -> u64 {
    match s {
        Shape::Circle(r) => 3 * (*r as u64) * (*r as u64),
        Shape::Rect { w, h } => (*w as u64) * (*h as u64),
    }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn main() {
    let mut shapes: Vec<Shape> = Vec::new();
    let mut text = String::new();
    let mut counter = Counter { name: String::from("shapes"), hits: 0 };
    let mut i: u32 = 0;
    while i < 30_000 {
        let s = if i % 3 == 0 { Shape::Circle(i % 17) } else { Shape::Rect { w: i % 13, h: i % 7 } };
        counter.hits += area(&s);
        shapes.push(s);
        text.push_str(&format!("{}:{} ", i, counter.hits % 1000));
        i += 1;
    }
    let mut widths: Vec<i64> = Vec::new();
    for s in &shapes {
        if let Shape::Rect { w, .. } = s {
            widths.push(-(*w as i64));
        }
    }
    widths.sort();
    let mut marks = vec![false; 20_000];
    let mut k = 2;
    while k < marks.len() {
        let mut j = k * 2;
        while j < marks.len() {
            marks[j] = true;
            j += k;
        }
        k += 1;
    }
    let boxed = Box::new(counter);
    println!("{} {} {} {} {:?} {}", boxed.name, boxed.hits, text.len(), widths[0], shapes[1], ackermann(2, 300));
}
