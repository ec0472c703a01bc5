use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Grade {
    A,
    B,
    C,
    D,
    F,
}

impl From<f64> for Grade {
    fn from(score: f64) -> Self {
        match score {
            s if s >= 90.0 => Grade::A,
            s if s >= 80.0 => Grade::B,
            s if s >= 70.0 => Grade::C,
            s if s >= 60.0 => Grade::D,
            _ => Grade::F,
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self { Grade::A => "A", Grade::B => "B", Grade::C => "C", Grade::D => "D", Grade::F => "F" };
        f.pad(s)
    }
}

#[derive(Debug)]
struct Student {
    name: String,
    year: u8,
    scores: Vec<u32>,
}

impl Student {
    fn average(&self) -> Option<f64> {
        if self.scores.is_empty() {
            None
        } else {
            Some(self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64)
        }
    }
}

#[derive(Default)]
struct School {
    roster: BTreeMap<u8, Vec<String>>,
    students: Vec<Student>,
}

impl School {
    fn add(&mut self, name: &str, year: u8, scores: &[u32]) -> bool {
        if self.students.iter().any(|s| s.name == name) {
            return false;
        }
        let names = self.roster.entry(year).or_insert_with(Vec::new);
        names.push(name.to_string());
        names.sort();
        self.students.push(Student { name: name.to_string(), year, scores: scores.to_vec() });
        true
    }

    fn grades(&self) -> Vec<u8> {
        self.roster.keys().cloned().collect()
    }

    fn grade(&self, year: u8) -> Vec<String> {
        self.roster.get(&year).cloned().unwrap_or_default()
    }
}

fn main() {
    let mut school = School::default();
    let data: [(&str, u8, &[u32]); 8] = [
        ("Aimee", 2, &[88, 92, 79]),
        ("Blair", 2, &[55, 61, 70]),
        ("James", 2, &[99, 100, 98]),
        ("Paul", 3, &[72]),
        ("Chelsea", 3, &[]),
        ("Logan", 7, &[80, 80, 80, 79]),
        ("Aimee", 3, &[1]),
        ("Zed", 1, &[60, 59]),
    ];
    for (name, year, scores) in data {
        if !school.add(name, year, scores) {
            println!("duplicate student rejected: {} (year {})", name, year);
        }
    }
    println!("grades: {:?}", school.grades());
    for y in school.grades() {
        println!("year {}: {:?}", y, school.grade(y));
    }
    println!("year 5: {:?}", school.grade(5));
    let mut dist: BTreeMap<Grade, usize> = BTreeMap::new();
    for s in &school.students {
        match s.average() {
            Some(avg) => {
                let g = Grade::from(avg);
                *dist.entry(g).or_insert(0) += 1;
                println!("{:<8} y{} avg {:>6.2} grade [{:^3}]", s.name, s.year, avg, g);
            }
            None => println!("{:<8} y{} no scores", s.name, s.year),
        }
    }
    println!("distribution: {:?}", dist);
    let best = school.students.iter().filter_map(|s| s.average().map(|a| (s, a))).max_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((s, a)) = best {
        println!("top student: {} with {:.1}", s.name, a);
    }
}
