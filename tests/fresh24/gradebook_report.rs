use std::collections::BTreeMap;
use std::fmt;

mod grading {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Letter {
        F,
        D,
        C,
        B,
        A,
    }

    pub const WEIGHTS: [(&str, f64); 3] = [("homework", 0.3), ("midterm", 0.3), ("final", 0.4)];

    pub fn letter(score: f64) -> Letter {
        match score {
            s if s >= 90.0 => Letter::A,
            s if s >= 80.0 => Letter::B,
            s if s >= 70.0 => Letter::C,
            s if s >= 60.0 => Letter::D,
            _ => Letter::F,
        }
    }

    pub fn mean(xs: &[f64]) -> Option<f64> {
        if xs.is_empty() { None } else { Some(xs.iter().sum::<f64>() / xs.len() as f64) }
    }

    pub fn std_dev(xs: &[f64]) -> Option<f64> {
        let m = mean(xs)?;
        let var = xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / xs.len() as f64;
        Some(var.sqrt())
    }
}

use grading::{letter, Letter};

#[derive(Debug, Default)]
struct Student {
    name: String,
    scores: BTreeMap<&'static str, Vec<f64>>,
}

impl Student {
    fn weighted(&self) -> f64 {
        grading::WEIGHTS
            .iter()
            .map(|(cat, w)| {
                let avg = self.scores.get(cat).and_then(|v| grading::mean(v)).unwrap_or(0.0);
                avg * w
            })
            .sum()
    }
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let w = self.weighted();
        write!(f, "{:<8} {:>6.2} {:?}", self.name, w, letter(w))
    }
}

fn parse_line(line: &str) -> Result<(String, &'static str, f64), String> {
    let parts: Vec<&str> = line.split(',').map(str::trim).collect();
    let [name, cat, score] = parts[..] else {
        return Err(format!("expected 3 fields, got {}", parts.len()));
    };
    let cat = grading::WEIGHTS
        .iter()
        .map(|(c, _)| *c)
        .find(|c| *c == cat)
        .ok_or_else(|| format!("unknown category '{}'", cat))?;
    let score: f64 = score.parse().map_err(|e| format!("bad score '{}': {}", score, e))?;
    if !(0.0..=100.0).contains(&score) {
        return Err(format!("score {} out of range", score));
    }
    Ok((name.to_string(), cat, score))
}

fn main() {
    let raw = "alice, homework, 95\nalice, homework, 88\nalice, midterm, 91\nalice, final, 94
bob, homework, 72\nbob, midterm, 65\nbob, final, 58.5\ncarol, homework, 100\ncarol, final, 79
dave, homework, abc\neve, quiz, 90\nfrank, final\ngina, final, 101\nbob, homework, 80
erin, homework, 85\nerin, midterm, 85\nerin, final, 85";
    let mut book: BTreeMap<String, Student> = BTreeMap::new();
    for (n, line) in raw.lines().enumerate() {
        match parse_line(line) {
            Ok((name, cat, score)) => {
                let st = book.entry(name.clone()).or_insert_with(|| Student { name, ..Default::default() });
                st.scores.entry(cat).or_default().push(score);
            }
            Err(e) => println!("line {:>2}: {}", n + 1, e),
        }
    }
    println!("{:=<30}", "");
    for s in book.values() {
        println!("{}", s);
    }
    let finals: Vec<f64> = book.values().map(|s| s.weighted()).collect();
    println!("class mean {:.3}, stddev {:.3}", grading::mean(&finals).unwrap(), grading::std_dev(&finals).unwrap());
    let mut dist: BTreeMap<Letter, Vec<&str>> = BTreeMap::new();
    for s in book.values() {
        dist.entry(letter(s.weighted())).or_default().push(&s.name);
    }
    for (l, names) in dist.iter().rev() {
        println!("{:?}: {:<20}|{}", l, names.join(" "), "#".repeat(names.len()));
    }
    let passing = book.values().filter(|s| letter(s.weighted()) > Letter::D).count();
    println!("passing (C or better): {}/{}", passing, book.len());
    let best = book.values().max_by(|a, b| a.weighted().partial_cmp(&b.weighted()).unwrap()).unwrap();
    println!("best: {}", best.name);
    println!("{:#?}", book.get("carol").map(|s| &s.scores));
}
