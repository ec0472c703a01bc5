use std::collections::BTreeMap;
use std::num::ParseFloatError;

#[derive(Debug)]
enum RowError {
    WrongColumns { line: usize, found: usize },
    BadNumber { line: usize, field: String, err: ParseFloatError },
    Empty(usize),
}

#[derive(Debug, Clone)]
struct Record {
    city: String,
    month: u8,
    temp: f64,
    rain_mm: f64,
}

fn parse_row(line_no: usize, line: &str) -> Result<Record, RowError> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Err(RowError::Empty(line_no));
    }
    let cols: Vec<&str> = trimmed.split(',').map(|c| c.trim()).collect();
    if cols.len() != 4 {
        return Err(RowError::WrongColumns { line: line_no, found: cols.len() });
    }
    let month: u8 = cols[1].parse().unwrap_or(0);
    let temp = cols[2]
        .parse::<f64>()
        .map_err(|e| RowError::BadNumber { line: line_no, field: cols[2].to_string(), err: e })?;
    let rain_mm = cols[3]
        .parse::<f64>()
        .map_err(|e| RowError::BadNumber { line: line_no, field: cols[3].to_string(), err: e })?;
    Ok(Record { city: cols[0].to_string(), month, temp, rain_mm })
}

fn mean_std(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

const DATA: &str = "city,month,temp,rain
Oslo, 1, -4.3, 49.0
Oslo, 7, 17.2, 81.5
Lisbon, 1, 11.6, 99.9
Lisbon, 7, 23.5, 0.3

Cairo, 1, 14.0, 5.0
Cairo, 7, 28.9, abc
Cairo, 8, 28.5
Lima, 1, 22.9, 1.2
Lima, 7, 16.5, 0.5e1
Oslo, 4, 4.5, -inf
";

fn main() {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in DATA.lines().enumerate().skip(1) {
        match parse_row(i + 1, line) {
            Ok(r) if r.rain_mm.is_finite() => records.push(r),
            Ok(r) => errors.push(format!("line {}: non-finite rain {} for {}", i + 1, r.rain_mm, r.city)),
            Err(RowError::BadNumber { line, field, err }) => {
                errors.push(format!("line {}: cannot parse {:?}: {}", line, field, err))
            }
            Err(e) => errors.push(format!("{:?}", e)),
        }
    }
    println!("parsed {} records, {} errors", records.len(), errors.len());
    for e in &errors {
        println!("  ! {}", e);
    }

    let mut by_city: BTreeMap<&str, Vec<&Record>> = BTreeMap::new();
    for r in &records {
        by_city.entry(r.city.as_str()).or_default().push(r);
    }
    println!("{:<8}{:>4}{:>9}{:>9}{:>9}{:>10}", "city", "n", "mean", "std", "range", "rain");
    for (city, rs) in &by_city {
        let temps: Vec<f64> = rs.iter().map(|r| r.temp).collect();
        let (m, s) = mean_std(&temps);
        let lo = temps.iter().cloned().fold(f64::INFINITY, f64::min);
        let hi = temps.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let rain: f64 = rs.iter().map(|r| r.rain_mm).sum();
        println!("{:<8}{:>4}{:>9.2}{:>9.3}{:>9.1}{:>10.1}", city, rs.len(), m, s, hi - lo, rain);
    }
    let warmest = records
        .iter()
        .max_by(|a, b| a.temp.partial_cmp(&b.temp).unwrap())
        .unwrap();
    println!("warmest: {} in month {:02} at {:+.1}C", warmest.city, warmest.month, warmest.temp);
    let all: Vec<f64> = records.iter().map(|r| r.temp).collect();
    let (m, s) = mean_std(&all);
    println!("overall mean={m:.4} std={s:.4} n={}", all.len());
    let e = "1.2.3".parse::<f64>().unwrap_err();
    println!("direct error: {} / {:?}", e, e);
}
