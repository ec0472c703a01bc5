use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnrollError {
    AlreadyEnrolled { name: String, grade: u32 },
}

impl fmt::Display for EnrollError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnrollError::AlreadyEnrolled { name, grade } => {
                write!(f, "{name} is already enrolled in grade {grade}")
            }
        }
    }
}

impl std::error::Error for EnrollError {}

#[derive(Debug, Default)]
pub struct School {
    roster: BTreeMap<u32, BTreeSet<String>>,
}

impl School {
    pub fn new() -> School {
        School::default()
    }

    fn grade_of(&self, student: &str) -> Option<u32> {
        self.roster.iter().find(|(_, names)| names.contains(student)).map(|(g, _)| *g)
    }

    pub fn add(&mut self, grade: u32, student: &str) -> Result<(), EnrollError> {
        if let Some(existing) = self.grade_of(student) {
            return Err(EnrollError::AlreadyEnrolled { name: student.to_string(), grade: existing });
        }
        self.roster.entry(grade).or_default().insert(student.to_string());
        Ok(())
    }

    pub fn grades(&self) -> Vec<u32> {
        self.roster.keys().copied().collect()
    }

    pub fn grade(&self, grade: u32) -> Vec<String> {
        self.roster.get(&grade).map(|s| s.iter().cloned().collect()).unwrap_or_default()
    }

    pub fn sizes(&self) -> impl Iterator<Item = (u32, usize)> + '_ {
        self.roster.iter().map(|(g, s)| (*g, s.len()))
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut school = School::new();
    let enrollments = [
        (2, "Blair"), (2, "James"), (1, "Anna"), (1, "Barb"), (1, "Charlie"),
        (2, "Paul"), (5, "Zed"), (3, "Chelsea"), (2, "Anna"), (1, "Alex"), (5, "Yolanda"), (3, "James"),
    ];
    for (grade, name) in enrollments {
        match school.add(grade, name) {
            Ok(()) => println!("enrolled {name} in {grade}"),
            Err(e) => println!("rejected: {e}"),
        }
    }
    println!("grades: {:?}", school.grades());
    for g in school.grades() {
        println!("grade {g}: {}", school.grade(g).join(", "));
    }
    println!("grade 4: {:?}", school.grade(4));
    let biggest = school.sizes().max_by_key(|&(g, n)| (n, std::cmp::Reverse(g)));
    println!("biggest grade: {biggest:?}");
    let total: usize = school.sizes().map(|(_, n)| n).sum();
    println!("total students: {total}");

    school.add(6, "Newcomer")?;
    println!("after ? add: {:?}", school.grade(6));
    let err = school.add(7, "Newcomer").unwrap_err();
    println!("second add fails: {err}");
    Ok(())
}
