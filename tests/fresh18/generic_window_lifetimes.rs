// Generic borrowed views with `T: 'a` bounds: a windowing iterator over &'a [T],
// pairwise comparisons, and a trait with methods returning borrowed data.
use std::collections::BTreeMap;
use std::fmt::Display;

struct Windows<'a, T: 'a> {
    data: &'a [T],
    size: usize,
    step: usize,
}

impl<'a, T: 'a> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.data.len() < self.size {
            return None;
        }
        let (w, _) = self.data.split_at(self.size);
        self.data = &self.data[self.step.min(self.data.len())..];
        Some(w)
    }
}

fn windows<'a, T: 'a>(data: &'a [T], size: usize, step: usize) -> Windows<'a, T> {
    Windows { data, size, step }
}

fn pairwise<'a, T: PartialOrd + 'a>(data: &'a [T]) -> impl Iterator<Item = (&'a T, &'a T)> + 'a {
    data.iter().zip(data.iter().skip(1)).filter(|(a, b)| a > b)
}

fn largest_by<'a, T, K, F>(items: &'a [T], key: F) -> Option<&'a T>
where
    T: 'a,
    K: PartialOrd,
    F: Fn(&T) -> K,
{
    let mut best: Option<(&'a T, K)> = None;
    for it in items {
        let k = key(it);
        match &best {
            Some((_, bk)) if *bk >= k => {}
            _ => best = Some((it, k)),
        }
    }
    best.map(|(t, _)| t)
}

trait Labeled {
    fn label(&self) -> &str;
    fn tags(&self) -> &[&'static str];
}

struct Sensor {
    id: String,
    tags: Vec<&'static str>,
    readings: Vec<f64>,
}

impl Labeled for Sensor {
    fn label(&self) -> &str {
        &self.id
    }
    fn tags(&self) -> &[&'static str] {
        &self.tags
    }
}

fn index_by_tag<'a>(items: &'a [&'a dyn Labeled]) -> BTreeMap<&'static str, Vec<&'a str>> {
    let mut m: BTreeMap<&'static str, Vec<&'a str>> = BTreeMap::new();
    for it in items {
        for t in it.tags() {
            m.entry(*t).or_default().push(it.label());
        }
    }
    m
}

fn show<T: Display>(xs: &[T]) -> String {
    xs.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")
}

fn main() {
    let nums = vec![3, 8, 6, 7, 2, 9, 9, 4, 1];
    for w in windows(&nums, 3, 2) {
        println!("window [{}] sum {}", show(w), w.iter().sum::<i32>());
    }
    let drops: Vec<(&i32, &i32)> = pairwise(&nums).collect();
    println!("drops {:?}", drops);
    let words = ["pear", "fig", "banana", "kiwi", "cherry"];
    let wl: Vec<String> = windows(&words, 2, 1).map(|w| w.join("+")).collect();
    println!("word windows {:?}", wl);
    println!("word drops {:?}", pairwise(&words).map(|(a, b)| format!("{}>{}", a, b)).collect::<Vec<_>>());

    let sensors = vec![
        Sensor { id: "s-north".into(), tags: vec!["outdoor", "temp"], readings: vec![4.5, 5.0, 3.25] },
        Sensor { id: "s-lab".into(), tags: vec!["indoor", "temp", "humidity"], readings: vec![21.0, 21.5] },
        Sensor { id: "s-roof".into(), tags: vec!["outdoor", "wind"], readings: vec![12.0, 30.5, 18.0, 7.0] },
    ];
    let hottest = largest_by(&sensors, |s| s.readings.iter().cloned().fold(f64::MIN, f64::max));
    let busiest = largest_by(&sensors, |s| s.readings.len());
    println!("hottest {:?} busiest {:?}", hottest.map(|s| s.label()), busiest.map(|s| &s.id));
    println!("longest word {:?}", largest_by(&words, |w| w.len()));
    let dyns: Vec<&dyn Labeled> = sensors.iter().map(|s| s as &dyn Labeled).collect();
    let by_tag = index_by_tag(&dyns);
    for (tag, labels) in &by_tag {
        println!("{:<8} {:?}", tag, labels);
    }
    for s in &sensors {
        let avgs: Vec<String> = windows(&s.readings, 2, 1)
            .map(|w| format!("{:.2}", w.iter().sum::<f64>() / w.len() as f64))
            .collect();
        println!("{} moving avg [{}]", s.label(), avgs.join(" "));
    }
}
