// Task planner: BinaryHeap ordered by (priority, Reverse(deadline)), tags in HashSet, Option chaining.
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashSet};

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u8,
    deadline: u32,
    name: String,
    tags: Vec<&'static str>,
    estimate: Option<u32>,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.priority, Reverse(self.deadline), &other.name).cmp(&(other.priority, Reverse(other.deadline), &self.name))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn task(priority: u8, deadline: u32, name: &str, tags: &[&'static str], estimate: Option<u32>) -> Task {
    Task { priority, deadline, name: name.to_string(), tags: tags.to_vec(), estimate }
}

fn main() {
    let mut heap = BinaryHeap::new();
    heap.push(task(2, 30, "write report", &["work", "writing"], Some(3)));
    heap.push(task(5, 10, "fix prod bug", &["work", "urgent"], Some(2)));
    heap.push(task(2, 20, "review PR", &["work"], None));
    heap.push(task(1, 50, "plan holiday", &["home"], Some(1)));
    heap.push(task(5, 10, "call bank", &["home", "urgent"], None));
    heap.push(task(3, 15, "dentist", &["home", "health"], Some(1)));

    println!("peek: {:?}", heap.peek().map(|t| &t.name));
    let mut hours = 0;
    let mut order = Vec::new();
    let mut day_budget = 6;
    while let Some(t) = heap.pop() {
        let est = t.estimate.unwrap_or(2);
        if est > day_budget {
            println!("  defer {:<14} (needs {}h, {}h left)", t.name, est, day_budget);
            continue;
        }
        day_budget -= est;
        hours += est;
        println!("  do    {:<14} p{} by day {:>2} est {}h{}", t.name, t.priority, t.deadline, est,
            if t.estimate.is_none() { " (guess)" } else { "" });
        order.push(t);
    }
    println!("scheduled {} tasks, {} hours", order.len(), hours);

    let all_tags: HashSet<&str> = order.iter().flat_map(|t| t.tags.iter().copied()).collect();
    let urgent: HashSet<&str> = ["urgent", "health"].into_iter().collect();
    let mut common: Vec<&&str> = all_tags.intersection(&urgent).collect();
    common.sort();
    let mut others: Vec<_> = all_tags.difference(&urgent).cloned().collect();
    others.sort_unstable();
    println!("tags: urgent-ish {:?}, others {:?}", common, others);
    let first_home = order.iter().find(|t| t.tags.contains(&"home")).map(|t| t.name.to_uppercase());
    println!("first home task: {}", first_home.as_deref().unwrap_or("-"));
    let latest = order.iter().max_by_key(|t| t.deadline).and_then(|t| t.estimate).map_or(-1, |e| e as i32);
    println!("estimate of latest-deadline task: {}", latest);
}
