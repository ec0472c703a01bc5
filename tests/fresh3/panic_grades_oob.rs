use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Grade {
    F,
    D,
    C,
    B,
    A,
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
        fmt::Debug::fmt(self, f)
    }
}

struct Student {
    name: String,
    scores: Vec<u32>,
}

impl Student {
    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64
    }
    fn best_two(&self) -> [u32; 2] {
        let mut s = self.scores.clone();
        s.sort_unstable_by(|a, b| b.cmp(a));
        [s[0], s[1]]
    }
}

fn main() {
    let roster = "ada:95,88,92,79\nbrian:72,65,80\ncleo:55,61,58,70,66\ndev:100,99\neve:81";
    let students: Vec<Student> = roster
        .lines()
        .map(|l| {
            let (name, rest) = l.split_once(':').unwrap();
            Student { name: name.to_string(), scores: rest.split(',').map(|s| s.parse().unwrap()).collect() }
        })
        .collect();

    let mut by_grade: BTreeMap<u8, Vec<&str>> = BTreeMap::new();
    for s in &students {
        let avg = s.average();
        let g = Grade::from(avg);
        println!("{:<6} avg {:>6.2} grade {} scores {:?}", s.name, avg, g, s.scores);
        by_grade.entry(g as u8).or_default().push(&s.name);
    }
    for (g, names) in by_grade.iter().rev() {
        println!("grade #{g}: {}", names.join(", "));
    }
    let passing = students.iter().filter(|s| Grade::from(s.average()) > Grade::D).count();
    println!("passing (C or better): {passing}/{}", students.len());

    let mut column_max = vec![0u32; 5];
    for s in &students {
        for (i, &sc) in s.scores.iter().enumerate() {
            column_max[i] = column_max[i].max(sc);
        }
    }
    println!("per-exam max {:?}", column_max);

    for s in &students {
        let [a, b] = s.best_two();
        println!("{} best two: {} and {}", s.name, a, b);
    }
    println!("done");
}
