// A grade-book importer returning Result<_, Box<dyn Error>>: mixes ParseIntError, ParseFloatError and custom errors.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ValidationError {
    field: String,
    reason: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "invalid {}: {}", self.field, self.reason)
    }
}

impl Error for ValidationError {}

#[derive(Debug)]
struct Record {
    id: u32,
    name: String,
    weight: f64,
    score: u8,
}

fn validate(name: &str) -> Result<String, ValidationError> {
    if name.is_empty() || !name.chars().all(|c| c.is_alphabetic() || c == ' ') {
        return Err(ValidationError { field: "name".into(), reason: format!("{:?} is not a valid name", name) });
    }
    Ok(name.to_string())
}

fn parse_record(line: &str) -> Result<Record, Box<dyn Error>> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [id, name, weight, score] = fields.as_slice() else {
        return Err(format!("expected 4 tab-separated fields, found {}", fields.len()).into());
    };
    let id: u32 = id.parse()?;
    let name = validate(name)?;
    let weight: f64 = weight.parse()?;
    let score: u8 = score.parse()?;
    if score > 100 {
        return Err(Box::new(ValidationError { field: "score".into(), reason: format!("{} > 100", score) }));
    }
    Ok(Record { id, name, weight, score })
}

fn import(data: &str) -> Result<(Vec<Record>, Vec<String>), Box<dyn Error>> {
    let mut ok = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in data.lines().enumerate().skip(1) {
        match parse_record(line) {
            Ok(r) => ok.push(r),
            Err(e) => {
                let kind = if e.is::<ValidationError>() { "validation" } else if e.downcast_ref::<std::num::ParseIntError>().is_some() { "int" } else { "other" };
                problems.push(format!("line {} [{}]: {}", n + 1, kind, e));
            }
        }
    }
    if ok.is_empty() {
        return Err("no valid records".into());
    }
    Ok((ok, problems))
}

fn weighted_average(records: &[Record]) -> Result<f64, Box<dyn Error>> {
    let total_w: f64 = records.iter().map(|r| r.weight).sum();
    if total_w == 0.0 {
        Err(Box::new(ValidationError { field: "weight".into(), reason: "all weights are zero".into() }))
    } else {
        Ok(records.iter().map(|r| r.weight * r.score as f64).sum::<f64>() / total_w)
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let data = "id\tname\tweight\tscore\n1\tAda\t1.0\t91\n2\tBrian K\t0.5\t78\nthree\tCy\t1\t50\n4\tD4ve\t1\t60\n5\tEve\theavy\t70\n6\tFay\t2\t300\n7\tGus\t1.5\t88\n8\tHal\t1";
    let (records, problems) = import(data)?;
    for r in &records {
        println!("#{} {:<8} w={:<4} score={}", r.id, r.name, r.weight, r.score);
    }
    for p in &problems {
        println!("{}", p);
    }
    println!("weighted average: {:.3}", weighted_average(&records)?);
    match import("header only") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("empty import: {}", e),
    }
    let zero: Vec<Record> = records.into_iter().map(|r| Record { weight: 0.0, ..r }).collect();
    if let Err(e) = weighted_average(&zero) {
        println!("zero weights: {}", e);
    }
    Ok(())
}
