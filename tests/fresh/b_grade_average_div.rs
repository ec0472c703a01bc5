use std::collections::BTreeMap;

#[derive(Debug)]
struct Submission<'a> {
    student: &'a str,
    course: &'a str,
    points: u32,
}

const RAW: &str = "alice,math,87
bob,math,92
carol,physics,78
alice,physics,95
dave,math,64
bob,chemistry,
erin,physics,88";

fn parse(raw: &str) -> Vec<Submission<'_>> {
    raw.lines()
        .map(|line| {
            let mut it = line.split(',');
            let student = it.next().unwrap_or("?");
            let course = it.next().unwrap_or("?");
            let points = it.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            Submission { student, course, points }
        })
        .collect()
}

fn integer_average(points: &[u32]) -> u32 {
    points.iter().sum::<u32>() / points.len() as u32
}

fn main() {
    let subs = parse(RAW);
    println!("{} submissions", subs.len());
    let mut by_course: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for s in &subs {
        let entry = by_course.entry(s.course).or_default();
        if s.points > 0 {
            entry.push(s.points);
        }
    }
    let mut by_student: BTreeMap<&str, u32> = BTreeMap::new();
    for s in &subs {
        *by_student.entry(s.student).or_insert(0) += s.points;
    }
    println!("totals per student: {:?}", by_student);
    println!("best submission: {:?}", subs.iter().max_by_key(|s| s.points).unwrap());
    for (course, points) in &by_course {
        println!("{:<10} {} graded submissions", course, points.len());
    }
    for (course, points) in &by_course {
        let avg = integer_average(points);
        println!("{:<10} average {}", course, avg);
    }
}
