use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Letter { A, B, C, D, F }

impl From<f64> for Letter {
    fn from(score: f64) -> Self {
        match score {
            s if s >= 90.0 => Letter::A,
            s if s >= 80.0 => Letter::B,
            s if s >= 70.0 => Letter::C,
            s if s >= 60.0 => Letter::D,
            _ => Letter::F,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Student { name: String, scores: BTreeMap<String, Vec<u32>> }

impl Student {
    fn new(name: &str) -> Self { Student { name: name.to_string(), ..Default::default() } }
    fn record(&mut self, subject: &str, score: u32) {
        self.scores.entry(subject.to_string()).or_default().push(score);
    }
    fn subject_avg(&self, subject: &str) -> Option<f64> {
        let v = self.scores.get(subject)?;
        if v.is_empty() { return None; }
        Some(v.iter().sum::<u32>() as f64 / v.len() as f64)
    }
    fn overall(&self) -> Option<f64> {
        let avgs: Vec<f64> = self.scores.keys().filter_map(|s| self.subject_avg(s)).collect();
        if avgs.is_empty() { None } else { Some(avgs.iter().sum::<f64>() / avgs.len() as f64) }
    }
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.overall() {
            Some(avg) => write!(f, "{:<7} {:>6.2} {:?}", self.name, avg, Letter::from(avg)),
            None => write!(f, "{:<7}    n/a -", self.name),
        }
    }
}

struct GradeBook { students: Vec<Student> }

impl GradeBook {
    fn student_mut(&mut self, name: &str) -> &mut Student {
        if let Some(i) = self.students.iter().position(|s| s.name == name) {
            return &mut self.students[i];
        }
        self.students.push(Student::new(name));
        self.students.last_mut().unwrap()
    }
    fn class_avg(&self, subject: &str) -> Option<f64> {
        let avgs: Vec<f64> = self.students.iter().filter_map(|s| s.subject_avg(subject)).collect();
        (!avgs.is_empty()).then(|| avgs.iter().sum::<f64>() / avgs.len() as f64)
    }
    fn ranking(&self) -> Vec<(&str, f64)> {
        let mut r: Vec<(&str, f64)> = self.students.iter()
            .filter_map(|s| s.overall().map(|a| (s.name.as_str(), a))).collect();
        r.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then_with(|| a.0.cmp(b.0)));
        r
    }
}

fn main() {
    let raw = "ana math 95;ana math 88;ana art 72;ben math 61;ben art 90;ben history 77;\
               cara math 100;cara history 93;cara art 97;dev art 55;dev math 49;dev math 70;\
               ana history 84;ben math 58;cara math x;eli";
    let mut book = GradeBook { students: Vec::new() };
    let mut errors = Vec::new();
    for entry in raw.split(';') {
        let parts: Vec<&str> = entry.split_whitespace().collect();
        match parts.as_slice() {
            [name, subject, score] => match score.parse::<u32>() {
                Ok(n) => book.student_mut(name).record(subject, n),
                Err(e) => errors.push(format!("{:?}: {}", entry.trim(), e)),
            },
            [name] => { book.student_mut(name); }
            _ => errors.push(format!("malformed {:?}", entry)),
        }
    }
    println!("parse errors: {:?}", errors);
    println!("{:<7} {:>6} grade", "name", "avg");
    for s in &book.students { println!("{}", s); }
    for subj in ["math", "art", "history", "music"] {
        match book.class_avg(subj) {
            Some(a) => println!("class {:<8} {:.2}", subj, a),
            None => println!("class {:<8} no data", subj),
        }
    }
    for (i, (name, avg)) in book.ranking().iter().enumerate() {
        println!("#{} {} ({:.1})", i + 1, name, avg);
    }
    let mut dist: BTreeMap<Letter, Vec<&str>> = BTreeMap::new();
    for s in &book.students {
        if let Some(a) = s.overall() { dist.entry(Letter::from(a)).or_default().push(&s.name); }
    }
    println!("distribution: {:?}", dist);
    let ben = &book.students[1];
    println!("ben math avg {:?}, music avg {:?}", ben.subject_avg("math"), ben.subject_avg("music"));
    println!("{:#?}", book.students.iter().find(|s| s.name == "dev").map(|s| &s.scores));
}
