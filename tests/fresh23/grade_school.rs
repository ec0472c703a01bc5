use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Debug, PartialEq)]
enum RosterError {
    AlreadyEnrolled { name: String, grade: u32 },
    InvalidGrade(u32),
}

impl fmt::Display for RosterError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RosterError::AlreadyEnrolled { name, grade } => write!(f, "{name} is already in grade {grade}"),
            RosterError::InvalidGrade(g) => write!(f, "grade {g} does not exist (1-12)"),
        }
    }
}

impl std::error::Error for RosterError {}

#[derive(Default, Debug)]
struct School {
    grades: BTreeMap<u32, BTreeSet<String>>,
}

impl School {
    fn new() -> Self {
        Self::default()
    }

    fn add(&mut self, grade: u32, name: &str) -> Result<(), RosterError> {
        if !(1..=12).contains(&grade) {
            return Err(RosterError::InvalidGrade(grade));
        }
        if let Some(existing) = self.grade_of(name) {
            return Err(RosterError::AlreadyEnrolled { name: name.to_string(), grade: existing });
        }
        self.grades.entry(grade).or_default().insert(name.to_string());
        Ok(())
    }

    fn grade_of(&self, name: &str) -> Option<u32> {
        self.grades.iter().find(|(_, names)| names.contains(name)).map(|(g, _)| *g)
    }

    fn grades(&self) -> Vec<u32> {
        self.grades.keys().copied().collect()
    }

    fn grade(&self, grade: u32) -> Vec<String> {
        self.grades.get(&grade).map(|s| s.iter().cloned().collect()).unwrap_or_default()
    }

    fn promote_all(&mut self) -> Vec<String> {
        let old = std::mem::take(&mut self.grades);
        let mut graduated = Vec::new();
        for (g, names) in old.into_iter().rev() {
            if g == 12 {
                graduated.extend(names);
            } else {
                self.grades.insert(g + 1, names);
            }
        }
        graduated
    }
}

impl fmt::Display for School {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (g, names) in &self.grades {
            let list: Vec<&str> = names.iter().map(String::as_str).collect();
            writeln!(f, "  Grade {:>2} ({:>2}): {}", g, names.len(), list.join(", "))?;
        }
        Ok(())
    }
}

fn main() {
    let mut school = School::new();
    let enrolments = [
        (2, "Aimee"), (7, "Logan"), (4, "Blair"), (2, "James"), (2, "Paul"),
        (12, "Zoe"), (4, "Paul"), (13, "Nobody"), (1, "Chelsea"), (11, "Yusuf"), (2, "Aimee"),
    ];
    for (g, name) in enrolments {
        match school.add(g, name) {
            Ok(()) => println!("added {name:<8} to grade {g:>2}"),
            Err(e) => println!("could not add {name:<8}: {e}"),
        }
    }

    println!("\nRoster:\n{school}");
    println!("grades in use: {:?}", school.grades());
    println!("grade 2: {:?}", school.grade(2));
    println!("grade 5: {:?}", school.grade(5));
    for n in ["Paul", "Zoe", "Ghost"] {
        let g = school.grade_of(n).map_or("not enrolled".to_string(), |g| format!("grade {g}"));
        println!("{n:>6}: {g}");
    }

    let all: Vec<(u32, &String)> = school.grades.iter().flat_map(|(g, ns)| ns.iter().map(move |n| (*g, n))).collect();
    let by_initial: BTreeMap<char, usize> = all.iter().fold(BTreeMap::new(), |mut m, (_, n)| {
        *m.entry(n.chars().next().unwrap_or('?')).or_insert(0) += 1;
        m
    });
    println!("\nstudents total: {}, by initial: {:?}", all.len(), by_initial);

    let graduated = school.promote_all();
    println!("\nAfter promotion (graduated: {:?}):\n{school}", graduated);
    let sizes: Vec<String> = school.grades.iter().map(|(g, s)| format!("{g}:{}", s.len())).collect();
    println!("sizes -> {}", sizes.join(" | "));
}
