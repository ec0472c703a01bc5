use std::collections::{BTreeSet, HashMap};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
enum Status { #[default] Open, InProgress, Done }

#[derive(Debug, Clone, Default)]
struct Todo {
    id: usize,
    title: String,
    status: Status,
    tags: BTreeSet<String>,
    estimate_h: f32,
}

impl fmt::Display for Todo {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mark = match self.status { Status::Open => ' ', Status::InProgress => '~', Status::Done => 'x' };
        let tags: Vec<&str> = self.tags.iter().map(String::as_str).collect();
        write!(f, "[{}] {:>2}. {:<22} {:>5.1}h  {}", mark, self.id, self.title, self.estimate_h, tags.join(","))
    }
}

struct Filter {
    label: &'static str,
    pred: Box<dyn Fn(&Todo) -> bool>,
}

#[derive(Default)]
struct TodoList { items: Vec<Todo>, next_id: usize, changes: u32 }

impl TodoList {
    fn add(&mut self, title: &str, tags: &[&str], est: f32) -> usize {
        self.next_id += 1;
        self.items.push(Todo {
            id: self.next_id,
            title: title.to_string(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            estimate_h: est,
            ..Default::default()
        });
        self.next_id
    }

    fn set_status(&mut self, ids: &[usize], status: Status) {
        let mut bump = || self.changes += 1;
        for t in self.items.iter_mut().filter(|t| ids.contains(&t.id)) {
            t.status = status;
            bump();
        }
    }

    fn show(&self, filter: &Filter) {
        let hits: Vec<&Todo> = self.items.iter().filter(|t| (filter.pred)(t)).collect();
        let hours: f32 = hits.iter().map(|t| t.estimate_h).sum();
        println!("== {} ({} items, {:.1}h)", filter.label, hits.len(), hours);
        for t in hits {
            println!("   {}", t);
        }
    }
}

fn main() {
    let mut list = TodoList::default();
    list.add("write parser", &["code", "urgent"], 3.5);
    list.add("review PR #12", &["code", "review"], 1.0);
    list.add("buy milk", &["home"], 0.25);
    list.add("plan sprint", &["meeting", "urgent"], 2.0);
    list.add("fix flaky test", &["code"], 4.0);
    list.add("call plumber", &["home", "urgent"], 0.5);
    list.set_status(&[2, 3], Status::Done);
    list.set_status(&[1, 5], Status::InProgress);
    list.set_status(&[99], Status::Done);
    println!("changes recorded: {}", list.changes);

    let wanted_tag = String::from("urgent");
    let max_hours = 1.0;
    let filters = vec![
        Filter { label: "all", pred: Box::new(|_| true) },
        Filter { label: "not done", pred: Box::new(|t| t.status != Status::Done) },
        Filter { label: "urgent", pred: Box::new(move |t| t.tags.contains(&wanted_tag)) },
        Filter { label: "quick wins", pred: Box::new(move |t| t.estimate_h <= max_hours && t.status == Status::Open) },
        Filter { label: "code in progress", pred: Box::new(|t| matches!(t.status, Status::InProgress) && t.tags.contains("code")) },
    ];
    for f in &filters {
        list.show(f);
    }

    let mut by_status: HashMap<Status, Vec<usize>> = HashMap::new();
    for t in &list.items {
        by_status.entry(t.status).or_default().push(t.id);
    }
    let mut keys: Vec<_> = by_status.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{:?}: {:?}", k, by_status[&k]);
    }
    let all_tags: BTreeSet<&String> = list.items.iter().flat_map(|t| t.tags.iter()).collect();
    println!("tags: {:?}", all_tags);
    let mut sorted = list.items.clone();
    sorted.sort_by(|a, b| b.estimate_h.partial_cmp(&a.estimate_h).unwrap().then_with(|| a.title.cmp(&b.title)));
    let order: Vec<usize> = sorted.iter().map(|t| t.id).collect();
    println!("by estimate desc: {:?}", order);
    let done_ratio = list.items.iter().filter(|t| t.status == Status::Done).count() as f64 / list.items.len() as f64;
    println!("done: {:>6.2}%", done_ratio * 100.0);
}
