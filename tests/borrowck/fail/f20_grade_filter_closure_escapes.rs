// Grading: build a pass/fail predicate from a threshold.
struct Student {
    name: String,
    score: u32,
}

fn passing_filter(min: u32) -> impl Fn(&Student) -> bool {
    |s| s.score >= min
}

fn main() {
    let students = vec![
        Student { name: "Kim".into(), score: 81 },
        Student { name: "Lee".into(), score: 58 },
        Student { name: "Max".into(), score: 67 },
    ];
    let passes = passing_filter(60);
    for s in students.iter().filter(|s| passes(s)) {
        println!("{} passed with {}", s.name, s.score);
    }
}
