// Data validation tool: collects all validation failures, prints a report, and exits with status 3 on failure.
use std::fmt;
use std::process;

#[derive(Debug)]
enum Problem {
    Empty(usize),
    BadEmail { line: usize, value: String },
    BadAge { line: usize, value: String },
    Duplicate { line: usize, first: usize },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Empty(l) => write!(f, "line {}: empty record", l),
            Problem::BadEmail { line, value } => write!(f, "line {}: bad email {:?}", line, value),
            Problem::BadAge { line, value } => write!(f, "line {}: bad age {:?}", line, value),
            Problem::Duplicate { line, first } => write!(f, "line {}: duplicate of line {}", line, first),
        }
    }
}

fn valid_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.'),
        None => false,
    }
}

fn check(data: &str) -> (usize, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut good = 0;
    for (i, line) in data.lines().enumerate() {
        let line_no = i + 1;
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        if fields.iter().all(|f| f.is_empty()) {
            problems.push(Problem::Empty(line_no));
            continue;
        }
        let email = fields.first().copied().unwrap_or("").to_lowercase();
        let age = fields.get(1).copied().unwrap_or("");
        let before = problems.len();
        if !valid_email(&email) {
            problems.push(Problem::BadEmail { line: line_no, value: email.clone() });
        }
        match age.parse::<u8>() {
            Ok(a) if (13..=120).contains(&a) => {}
            _ => problems.push(Problem::BadAge { line: line_no, value: age.to_string() }),
        }
        if let Some((_, first)) = seen.iter().find(|(e, _)| *e == email) {
            problems.push(Problem::Duplicate { line: line_no, first: *first });
        } else {
            seen.push((email, line_no));
        }
        if problems.len() == before {
            good += 1;
        }
    }
    (good, problems)
}

fn main() {
    let data = "ann@example.com, 34\nbob@mail, 29\n, \ncara@site.org, 7\nANN@example.com, 40\ndan@x.io, abc\neve@web.net, 55";
    let (good, problems) = check(data);
    println!("checked {} lines: {} good", data.lines().count(), good);
    if problems.is_empty() {
        println!("all good");
        return;
    }
    for p in &problems {
        println!("  {}", p);
    }
    let worst_line = problems
        .iter()
        .filter_map(|p| match p {
            Problem::BadEmail { line, .. } | Problem::BadAge { line, .. } | Problem::Duplicate { line, .. } => Some(*line),
            Problem::Empty(_) => None,
        })
        .max();
    println!("{} problems, last bad line {:?}", problems.len(), worst_line);
    process::exit(3);
}
