use std::collections::BTreeMap;
use std::fmt::Display;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Grade { F, D, C, B, A }

impl Grade {
    fn from_score(s: f64) -> Grade {
        match s {
            x if x >= 90.0 => Grade::A,
            x if x >= 80.0 => Grade::B,
            x if x >= 70.0 => Grade::C,
            x if x >= 60.0 => Grade::D,
            _ => Grade::F,
        }
    }
}

#[derive(Debug, Clone)]
struct Student { name: String, scores: Vec<u32> }

trait Summary {
    fn values(&self) -> Vec<f64>;
    fn label(&self) -> String;
    fn mean(&self) -> f64 {
        let v = self.values();
        if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 }
    }
    fn std_dev(&self) -> f64 {
        let v = self.values();
        let m = self.mean();
        (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / v.len().max(1) as f64).sqrt()
    }
    fn report(&self) -> String {
        format!("{:<8} mean {:>6.2} sd {:>5.2}", self.label(), self.mean(), self.std_dev())
    }
}

impl Summary for Student {
    fn values(&self) -> Vec<f64> { self.scores.iter().map(|&s| s as f64).collect() }
    fn label(&self) -> String { self.name.clone() }
}

struct Column<'a> { title: &'a str, data: Vec<f64> }
impl Summary for Column<'_> {
    fn values(&self) -> Vec<f64> { self.data.clone() }
    fn label(&self) -> String { self.title.to_uppercase() }
    fn report(&self) -> String { format!("[col] {:<5} mean {:>6.2} n={}", self.label(), self.mean(), self.data.len()) }
}

fn print_all<T: Summary + ?Sized>(items: &[&T]) {
    for it in items { println!("{}", it.report()); }
}

fn best_by<T, K: PartialOrd, F: Fn(&T) -> K>(items: &[T], key: F) -> Option<&T>
where
    T: Clone,
{
    items.iter().max_by(|a, b| key(a).partial_cmp(&key(b)).unwrap())
}

fn show_row<T: Display + Clone>(label: &str, cells: &[T]) {
    let joined: Vec<String> = cells.iter().cloned().map(|c| format!("{:>6}", c)).collect();
    println!("{:<8}{}", label, joined.concat());
}

fn main() {
    let raw = "ana 91 85 99 78\nbo 55 62 70 48\ncleo 88 90 84 93\ndev 70 70 70 70\neve 100 40 95 61";
    let students: Vec<Student> = raw.lines().filter_map(|l| {
        let mut parts = l.split_whitespace();
        let name = parts.next()?.to_string();
        let scores = parts.map(|p| p.parse().ok()).collect::<Option<Vec<u32>>>()?;
        Some(Student { name, scores })
    }).collect();
    show_row("test", &["t1", "t2", "t3", "t4"]);
    for s in &students { show_row(&s.name, &s.scores); }
    let refs: Vec<&Student> = students.iter().collect();
    print_all(&refs);

    let cols: Vec<Column> = (0..4).map(|i| Column { title: ["t1", "t2", "t3", "t4"][i], data: students.iter().map(|s| s.scores[i] as f64).collect() }).collect();
    let dyns: Vec<&dyn Summary> = cols.iter().map(|c| c as &dyn Summary).collect();
    print_all(&dyns);

    let mut grades: BTreeMap<Grade, Vec<&str>> = BTreeMap::new();
    for s in &students { grades.entry(Grade::from_score(s.mean())).or_default().push(&s.name); }
    for (g, names) in grades.iter().rev() { println!("{:?}: {}", g, names.join(", ")); }

    let top = best_by(&students, |s| s.mean()).unwrap();
    let steady = students.iter().min_by(|a, b| a.std_dev().partial_cmp(&b.std_dev()).unwrap()).unwrap();
    let lowest_single = students.iter().flat_map(|s| s.scores.iter().map(move |&x| (x, s.name.as_str()))).min_by_key(|&(x, _)| x).unwrap();
    println!("top={} steady={} lowest single={:?}", top.name, steady.name, lowest_single);
    for s in &students {
        let deltas: Vec<i64> = s.scores.windows(2).map(|w| w[1] as i64 - w[0] as i64).collect();
        let improving = deltas.iter().filter(|&&d| d > 0).count();
        println!("{:<5} deltas {:?} improving {}x", s.name, deltas, improving);
    }
    let halves: Vec<(u32, u32)> = students.iter().map(|s| {
        let mut c = s.scores.chunks(2).map(|c| c.iter().sum::<u32>());
        (c.next().unwrap_or(0), c.next().unwrap_or(0))
    }).collect();
    println!("half sums: {:?}", halves);
    let mut ranking = students.clone();
    ranking.sort_by(|a, b| b.mean().partial_cmp(&a.mean()).unwrap().then(a.name.cmp(&b.name)));
    let order: Vec<String> = ranking.iter().enumerate().map(|(i, s)| format!("{}.{}", i + 1, s.name)).collect();
    println!("ranking: {}", order.join(" "));
}
