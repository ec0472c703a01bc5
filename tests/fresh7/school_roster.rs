use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Default)]
struct School {
    grades: BTreeMap<u32, Vec<String>>,
}

impl School {
    fn add(&mut self, grade: u32, student: &str) -> Result<(), String> {
        if self.grades.values().any(|names| names.iter().any(|n| n == student)) {
            return Err(format!("{} is already enrolled", student));
        }
        let names = self.grades.entry(grade).or_insert_with(Vec::new);
        names.push(student.to_string());
        names.sort();
        Ok(())
    }

    fn grade(&self, grade: u32) -> Vec<&str> {
        self.grades.get(&grade).map_or_else(Vec::new, |v| v.iter().map(String::as_str).collect())
    }

    fn roster(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        self.grades.iter().flat_map(|(g, names)| names.iter().map(move |n| (*g, n.as_str())))
    }

    fn promote(&mut self) -> Vec<String> {
        let old = std::mem::take(&mut self.grades);
        let mut graduates = Vec::new();
        for (g, names) in old {
            if g >= 6 {
                graduates.extend(names);
            } else {
                self.grades.insert(g + 1, names);
            }
        }
        graduates
    }
}

fn main() {
    let mut school = School::default();
    let enrolments = [(2, "Blair"), (1, "James"), (2, "Paul"), (3, "Chelsea"), (1, "Aimee"), (6, "Zed"), (2, "James"), (5, "Quinn"), (3, "Logan")];
    for (g, name) in enrolments {
        match school.add(g, name) {
            Ok(()) => println!("enrolled {:<8} in grade {}", name, g),
            Err(e) => println!("rejected: {}", e),
        }
    }
    println!("{:#?}", school);
    for g in 1..=4 {
        println!("grade {}: {:?}", g, school.grade(g));
    }
    println!("grade list: {:?}", school.grades.keys().collect::<Vec<_>>());
    let lower: Vec<(&u32, usize)> = school.grades.range(..=3).map(|(g, v)| (g, v.len())).collect();
    println!("lower school sizes: {:?}", lower);

    for (i, (g, name)) in school.roster().enumerate() {
        println!("{:>3}. {:<10}|{:^7}|", i + 1, name, g);
    }

    let mut by_initial: HashMap<char, Vec<&str>> = HashMap::new();
    for (_, name) in school.roster() {
        by_initial.entry(name.chars().next().unwrap()).or_default().push(name);
    }
    let mut initials: Vec<(char, Vec<&str>)> = by_initial.into_iter().collect();
    initials.sort_by_key(|(c, _)| *c);
    println!("by initial: {:?}", initials);

    let graduates = school.promote();
    println!("graduates: {:?}", graduates);
    println!("after promotion: {:?}", school.grades);

    let mut everyone: Vec<(u32, String)> = school.roster().map(|(g, n)| (g, n.to_string())).collect();
    everyone.sort_by_key(|(g, n)| (std::cmp::Reverse(*g), n.len()));
    println!("sorted by grade desc then name length: {:?}", everyone);
    everyone.retain(|(g, _)| g % 2 == 0);
    println!("even grades only: {:?}", everyone);
    let drained: Vec<(u32, String)> = everyone.drain(..1).collect();
    println!("drained {:?}, left {:?}", drained, everyone);

    let sizes = HashMap::from([(2u32, 3usize), (4, 2)]);
    let mut check: Vec<(u32, bool)> = sizes.iter().map(|(g, n)| (*g, school.grade(*g).len() == *n)).collect();
    check.sort();
    println!("expected sizes hold: {:?}", check);
    let total: usize = school.grades.values().map(Vec::len).sum();
    assert_eq!(total, 7);
    println!("total students: {}", total);
}
