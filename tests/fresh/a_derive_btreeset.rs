// Course enrolment with derived Ord structs in BTreeSet/BTreeMap: ranges, set operations, {:?} and {:#?}.
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Course {
    dept: String,
    number: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Intro,
    Intermediate,
    Advanced,
}

impl Course {
    fn new(code: &str) -> Course {
        let (dept, num) = code.split_at(code.find(|c: char| c.is_ascii_digit()).unwrap());
        Course { dept: dept.to_string(), number: num.parse().unwrap() }
    }
    fn level(&self) -> Level {
        match self.number {
            0..=199 => Level::Intro,
            200..=399 => Level::Intermediate,
            _ => Level::Advanced,
        }
    }
}

fn main() {
    let students: BTreeMap<&str, BTreeSet<Course>> = [
        ("mia", "CS101 MATH201 CS350 PHYS110"),
        ("raj", "CS101 CS210 MATH201 CS450"),
        ("sue", "ART100 MATH101 CS101"),
    ]
    .into_iter()
    .map(|(name, list)| (name, list.split(' ').map(Course::new).collect()))
    .collect();

    for (name, courses) in &students {
        let codes: Vec<String> = courses.iter().map(|c| format!("{}{}", c.dept, c.number)).collect();
        println!("{:<4} {}", name, codes.join(" "));
    }
    let mia = &students["mia"];
    let raj = &students["raj"];
    println!("mia & raj: {:?}", mia.intersection(raj).map(|c| c.number).collect::<Vec<_>>());
    println!("mia only: {:?}", mia.difference(raj).collect::<Vec<_>>());
    let all: BTreeSet<&Course> = students.values().flatten().collect();
    println!("all courses ({}): first {:?}, last {:?}", all.len(), all.first(), all.last());

    let lo = Course { dept: "CS".into(), number: 200 };
    let hi = Course { dept: "CS".into(), number: 499 };
    let cs_upper: Vec<u16> = all.iter().filter(|c| (&lo..=&hi).contains(c)).map(|c| c.number).collect();
    println!("CS 200-499: {:?}", cs_upper);

    let mut by_level: BTreeMap<Level, BTreeSet<&Course>> = BTreeMap::new();
    for c in &all {
        by_level.entry(c.level()).or_default().insert(*c);
    }
    for (lvl, cs) in &by_level {
        println!("{:?}: {}", lvl, cs.len());
    }
    let newest = by_level.last_key_value().map(|(l, cs)| (l.clone(), cs.iter().next().cloned().cloned()));
    println!("{:#?}", newest);
    let everyone: BTreeSet<&Course> = students.values().map(|s| s.iter().collect::<BTreeSet<_>>()).reduce(|a, b| a.intersection(&b).copied().collect()).unwrap();
    println!("taken by everyone: {:?}", everyone);
    println!("Intro < Advanced: {}, max level: {:?}", Level::Intro < Level::Advanced, all.iter().map(|c| c.level()).max());
}
