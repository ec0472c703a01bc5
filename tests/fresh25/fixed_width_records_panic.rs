use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Field {
    name: &'static str,
    start: usize,
    width: usize,
    numeric: bool,
}

const LAYOUT: [Field; 4] = [
    Field { name: "id", start: 0, width: 6, numeric: true },
    Field { name: "name", start: 6, width: 13, numeric: false },
    Field { name: "dept", start: 19, width: 5, numeric: false },
    Field { name: "salary", start: 24, width: 8, numeric: true },
];

#[derive(Debug)]
enum Value {
    Num(i64),
    Text(String),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Num(n) => write!(f, "{}", n),
            Value::Text(s) => write!(f, "{:?}", s),
        }
    }
}

fn extract(bytes: &[u8], field: &Field) -> Result<Value, String> {
    let raw = &bytes[field.start..field.start + field.width];
    let text = std::str::from_utf8(raw).map_err(|e| format!("{}: {}", field.name, e))?;
    let trimmed = text.trim_matches(|c: char| c == ' ' || c == '_');
    if field.numeric {
        let digits = trimmed.trim_start_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        digits.parse::<i64>().map(Value::Num).map_err(|e| format!("{} {:?}: {}", field.name, trimmed, e))
    } else {
        Ok(Value::Text(trimmed.to_string()))
    }
}

fn ruler(width: usize) -> String {
    (0..width).map(|i| if i % 10 == 0 { char::from_digit((i / 10 % 10) as u32, 10).unwrap() } else if i % 5 == 0 { '+' } else { '.' }).collect()
}

fn main() {
    let records = [
        "000042Ada Lovelace ENG  00125000",
        "000007Alan Turing  RES  00098000",
        "000313Grace Hopper NAVY_00150000",
        "00x099Bad Id       OPS  00010000",
        "000100Émile       ENG  00070000",
        "000101Linus        OPS  0007000A",
        "000103Zoë Ångström ENG00050000",
        "000104             OPS  00000000",
        "000102Short        OPS  000",
    ];
    let total_width: usize = LAYOUT.iter().map(|f| f.width).sum();
    println!("record width {}", total_width);
    println!("{}", ruler(total_width));
    let mut payroll: Vec<(String, i64)> = Vec::new();
    for (n, rec) in records.iter().enumerate() {
        let bytes = rec.as_bytes();
        println!("#{} len={:>2} {:?}", n, bytes.len(), rec);
        let mut vals = Vec::new();
        let mut failed = None;
        for field in &LAYOUT {
            match extract(bytes, field) {
                Ok(v) => vals.push((field.name, v)),
                Err(e) => { failed = Some(e); break; }
            }
        }
        if let Some(e) = failed {
            println!("   error: {}", e);
            continue;
        }
        let line: Vec<String> = vals.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
        println!("   {}", line.join(" "));
        if let (Value::Text(name), Value::Num(sal)) = (&vals[1].1, &vals[3].1) {
            payroll.push((name.clone(), *sal));
        }
    }
    payroll.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (name, sal) in &payroll {
        println!("{:<14}{:>10}", name, sal);
    }
    println!("done");
}
