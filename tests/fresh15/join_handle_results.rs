use std::fmt;
use std::num::ParseIntError;
use std::thread::{self, JoinHandle};

#[derive(Debug)]
enum TaskError {
    Parse { line: usize, source: ParseIntError },
    Empty(String),
    Overflow(String),
}

impl fmt::Display for TaskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaskError::Parse { line, source } => write!(f, "line {}: {}", line, source),
            TaskError::Empty(name) => write!(f, "{}: no numbers", name),
            TaskError::Overflow(name) => write!(f, "{}: product overflowed", name),
        }
    }
}

impl std::error::Error for TaskError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TaskError::Parse { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Summary {
    name: String,
    count: usize,
    sum: i64,
    product: i64,
}

fn summarize(name: String, text: String) -> Result<Summary, TaskError> {
    let mut nums = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let n: i64 = line.parse().map_err(|e| TaskError::Parse { line: i + 1, source: e })?;
        nums.push(n);
    }
    if nums.is_empty() {
        return Err(TaskError::Empty(name));
    }
    let product = nums
        .iter()
        .try_fold(1i64, |acc, &n| acc.checked_mul(n))
        .ok_or_else(|| TaskError::Overflow(name.clone()))?;
    Ok(Summary { count: nums.len(), sum: nums.iter().sum(), product, name })
}

fn main() {
    let inputs: Vec<(&str, &str)> = vec![
        ("small", "1\n2\n3\n4\n"),
        ("comments", "# header\n10\n\n-3\n# trailer\n"),
        ("bad", "5\n6\nseven\n8\n"),
        ("empty", "# nothing here\n\n"),
        ("huge", "9223372036854775807\n2\n"),
        ("mixed", "  12 \n-4\n 7\n"),
    ];

    let handles: Vec<(String, JoinHandle<Result<Summary, TaskError>>)> = inputs
        .into_iter()
        .map(|(name, text)| {
            let (n, t) = (name.to_string(), text.to_string());
            (name.to_string(), thread::spawn(move || summarize(n, t)))
        })
        .collect();

    let mut ok: Vec<Summary> = Vec::new();
    let mut failed: Vec<(String, TaskError)> = Vec::new();
    for (name, handle) in handles {
        match handle.join() {
            Ok(Ok(summary)) => ok.push(summary),
            Ok(Err(e)) => failed.push((name, e)),
            Err(_) => panic!("task {} panicked", name),
        }
    }
    ok.sort_by(|a, b| b.sum.cmp(&a.sum).then_with(|| a.name.cmp(&b.name)));
    for s in &ok {
        println!("ok   {:<9} count={} sum={} product={}", s.name, s.count, s.sum, s.product);
    }
    failed.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, e) in &failed {
        let cause = std::error::Error::source(e).map(|c| c.to_string()).unwrap_or_else(|| "-".into());
        println!("fail {:<9} {} (cause: {})", name, e, cause);
    }

    let grand: Result<i64, String> = ok.iter().map(|s| Ok(s.sum)).sum();
    println!("grand sum of successes: {:?}", grand);
    let all: Result<Vec<i64>, &TaskError> = failed.iter().map(|(_, e)| Err(e)).chain(ok.iter().map(|s| Ok(s.sum))).collect();
    println!("collecting all into Result: {}", match all { Ok(_) => "ok".to_string(), Err(e) => format!("first error: {}", e) });

    let code = failed.len() as i32;
    println!("exiting with {} failures", code);
    std::process::exit(code);
}
