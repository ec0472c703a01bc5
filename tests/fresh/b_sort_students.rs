use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Student {
    name: String,
    class: char,
    grade: f32,
    age: u8,
}

impl Student {
    fn new(name: &str, class: char, grade: f32, age: u8) -> Self {
        Student { name: name.to_string(), class, grade, age }
    }
}

fn by_class_then_grade_desc(a: &Student, b: &Student) -> Ordering {
    a.class
        .cmp(&b.class)
        .then_with(|| b.grade.partial_cmp(&a.grade).unwrap_or(Ordering::Equal))
        .then_with(|| a.name.cmp(&b.name))
}

fn print(title: &str, list: &[Student]) {
    println!("-- {} --", title);
    for s in list {
        println!("  {} {:<8} {:>5.1} {:>3}", s.class, s.name, s.grade, s.age);
    }
}

fn main() {
    let mut students = vec![
        Student::new("Mia", 'B', 88.5, 17),
        Student::new("Liam", 'A', 92.0, 16),
        Student::new("Noah", 'B', 75.0, 18),
        Student::new("Emma", 'A', 92.0, 17),
        Student::new("Olivia", 'C', 64.5, 16),
        Student::new("Ava", 'B', 88.5, 16),
        Student::new("Lucas", 'C', 99.0, 18),
        Student::new("Zoe", 'A', 58.0, 15),
    ];
    students.sort_by(by_class_then_grade_desc);
    print("class asc, grade desc, name asc", &students);

    students.sort_by_key(|s| (std::cmp::Reverse(s.age), s.name.clone()));
    print("age desc, name asc", &students);

    students.sort_by(|a, b| b.grade.total_cmp(&a.grade).then(a.age.cmp(&b.age)));
    print("grade desc, age asc", &students);

    let mut names: Vec<&str> = students.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)));
    println!("names by length then reverse alpha: {:?}", names);

    let ranked: Vec<(usize, &Student)> = students.iter().enumerate().map(|(i, s)| (i + 1, s)).collect();
    let top: Vec<String> = ranked.iter().take(3).map(|(r, s)| format!("#{} {}", r, s.name)).collect();
    println!("podium: {}", top.join(", "));
    let is_sorted = students.windows(2).all(|w| w[0].grade >= w[1].grade);
    println!("sorted by grade: {}", is_sorted);
    let ord = "apple".cmp("Apple").reverse();
    println!("cmp ordering: {:?} {:?} {:?}", ord, 3.cmp(&3), Ordering::Less.then(Ordering::Greater));
    let oldest_best = students.iter().max_by(|a, b| a.age.cmp(&b.age).then(a.grade.total_cmp(&b.grade))).unwrap();
    println!("oldest with best grade: {:?}", oldest_best);
}
