// Student grade report built with iterator chains: zip, map, filter, fold, min_by_key, max_by, partition.
use std::collections::HashMap;

struct Student {
    name: &'static str,
    scores: Vec<u32>,
}

fn letter(avg: f64) -> char {
    match avg.round() as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let names = ["Maya", "Liam", "Zoe", "Omar", "Ivy", "Noah"];
    let raw = ["93 88 97 91", "72 65 80 70", "55 61 48 70", "85 90 78 88", "100 99 98 97", "66 74 59 81"];
    let students: Vec<Student> = names
        .iter()
        .zip(raw.iter())
        .map(|(&name, line)| Student { name, scores: line.split(' ').map(|s| s.parse().unwrap()).collect() })
        .collect();

    let averages: Vec<(&str, f64)> = students
        .iter()
        .map(|s| (s.name, s.scores.iter().sum::<u32>() as f64 / s.scores.len() as f64))
        .collect();

    println!("{:<6}{:>8}{:>7}  best/worst", "name", "avg", "grade");
    for (s, (name, avg)) in students.iter().zip(&averages) {
        let best = s.scores.iter().max().unwrap();
        let worst = s.scores.iter().min().unwrap();
        println!("{:<6}{:>8.2}{:>7}  {}/{}", name, avg, letter(*avg), best, worst);
    }

    let (passing, failing): (Vec<_>, Vec<_>) = averages.iter().partition(|(_, a)| *a >= 65.0);
    println!("passing: {:?}", passing.iter().map(|(n, _)| *n).collect::<Vec<_>>());
    println!("failing: {:?}", failing.iter().map(|(n, _)| *n).collect::<Vec<_>>());

    let top = averages.iter().max_by(|a, b| a.1.partial_cmp(&b.1).unwrap()).unwrap();
    let most_consistent = students
        .iter()
        .min_by_key(|s| s.scores.iter().max().unwrap() - s.scores.iter().min().unwrap())
        .unwrap();
    println!("top student: {} ({:.1})", top.0, top.1);
    println!("most consistent: {}", most_consistent.name);

    let per_exam: Vec<f64> = (0..4)
        .map(|i| students.iter().map(|s| s.scores[i] as f64).sum::<f64>() / students.len() as f64)
        .collect();
    let hardest = per_exam.iter().enumerate().min_by(|a, b| a.1.partial_cmp(b.1).unwrap()).map(|(i, _)| i + 1);
    println!("exam averages: {:?}", per_exam.iter().map(|a| format!("{:.1}", a)).collect::<Vec<_>>());
    println!("hardest exam: #{}", hardest.unwrap());

    let mut dist: HashMap<char, Vec<&str>> = HashMap::new();
    for (n, a) in &averages {
        dist.entry(letter(*a)).or_default().push(n);
    }
    let mut grades: Vec<_> = dist.into_iter().collect();
    grades.sort();
    for (g, who) in grades {
        println!("{}: {}", g, who.join(", "));
    }
    let improved = students.iter().filter(|s| s.scores.last() > s.scores.first()).count();
    println!("{} students improved from first to last exam", improved);
}
