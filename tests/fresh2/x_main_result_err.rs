use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct LineError {
    line: usize,
    reason: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl Error for LineError {}

fn parse_point(s: &str) -> Result<(f64, f64), Box<dyn Error>> {
    let (x, y) = s.split_once(',').ok_or("expected 'x,y'")?;
    Ok((x.trim().parse()?, y.trim().parse()?))
}

fn polygon_area(text: &str) -> Result<f64, Box<dyn Error>> {
    let mut pts = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let p = parse_point(line).map_err(|e| LineError { line: i + 1, reason: e.to_string() })?;
        pts.push(p);
    }
    if pts.len() < 3 {
        return Err(Box::new(LineError { line: pts.len(), reason: "need at least 3 points".into() }));
    }
    let twice: f64 = (0..pts.len())
        .map(|i| {
            let (x1, y1) = pts[i];
            let (x2, y2) = pts[(i + 1) % pts.len()];
            x1 * y2 - x2 * y1
        })
        .sum();
    Ok(twice.abs() / 2.0)
}

fn main() -> Result<(), Box<dyn Error>> {
    let square = "0,0\n4,0\n4,4\n0,4";
    let triangle = "0, 0\n3, 0\n0, 4";
    println!("square area {}", polygon_area(square)?);
    println!("triangle area {}", polygon_area(triangle)?);
    match polygon_area("1,1\n2,2") {
        Ok(a) => println!("line area {a}"),
        Err(e) => println!("handled: {e}"),
    }
    let broken = "0,0\n5,0\n5;5\n0,5";
    println!("trying broken input...");
    let area = polygon_area(broken)?;
    println!("broken area {area}");
    Ok(())
}
