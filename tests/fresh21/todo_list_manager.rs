use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
enum Priority { Low, #[default] Medium, High, Urgent }

#[derive(Debug, Clone, PartialEq, Default)]
struct Task { id: u32, title: String, priority: Priority, done: bool, tags: Vec<String>, estimate_h: f32 }

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.done { 'x' } else { ' ' };
        write!(f, "[{}] #{:<2} {:<22} {:<7}", mark, self.id, self.title, format!("{:?}", self.priority))?;
        if !self.tags.is_empty() { write!(f, " tags={}", self.tags.join(","))?; }
        Ok(())
    }
}

#[derive(Default)]
struct TodoList { tasks: Vec<Task>, next_id: u32 }

impl TodoList {
    fn add(&mut self, title: &str, priority: Priority, tags: &[&str], estimate_h: f32) -> u32 {
        self.next_id += 1;
        self.tasks.push(Task { id: self.next_id, title: title.to_string(), priority,
            tags: tags.iter().map(|t| t.to_string()).collect(), estimate_h, ..Default::default() });
        self.next_id
    }
    fn complete(&mut self, id: u32) -> Result<(), String> {
        let t = self.tasks.iter_mut().find(|t| t.id == id).ok_or(format!("no task {}", id))?;
        if t.done { return Err(format!("task {} already done", id)); }
        t.done = true;
        Ok(())
    }
    fn filter<'a>(&'a self, pred: impl Fn(&Task) -> bool + 'a) -> impl Iterator<Item = &'a Task> + 'a {
        self.tasks.iter().filter(move |t| pred(t))
    }
    fn purge_done(&mut self) -> usize {
        let before = self.tasks.len();
        self.tasks.retain(|t| !t.done);
        before - self.tasks.len()
    }
    fn print(&self, heading: &str) {
        println!("== {} ({} tasks) ==", heading, self.tasks.len());
        for t in &self.tasks { println!("{}", t); }
    }
}

fn main() {
    let mut list = TodoList::default();
    list.add("write report", Priority::High, &["work"], 3.0);
    list.add("buy groceries", Priority::Medium, &["home", "errand"], 1.0);
    list.add("fix bike", Priority::Low, &["home"], 2.5);
    list.add("pay taxes", Priority::Urgent, &["money"], 1.5);
    list.add("call grandma", Priority::default(), &[], 0.5);
    list.add("review PR 42", Priority::High, &["work", "code"], 1.0);
    list.print("initial");

    for id in [2, 4, 4, 9] {
        match list.complete(id) {
            Ok(()) => println!("completed #{}", id),
            Err(e) => println!("error: {}", e),
        }
    }
    let home: Vec<&str> = list.filter(|t| t.tags.iter().any(|g| g == "home")).map(|t| t.title.as_str()).collect();
    println!("home tasks: {:?}", home);
    let min = Priority::High;
    let important: Vec<u32> = list.filter(move |t| t.priority >= min && !t.done).map(|t| t.id).collect();
    println!("important & open: {:?}", important);
    let open_hours: f32 = list.filter(|t| !t.done).map(|t| t.estimate_h).sum();
    println!("open work: {:.1}h", open_hours);

    let mut sorted = list.tasks.clone();
    sorted.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.title.cmp(&b.title)));
    println!("-- sorted by priority --");
    for t in &sorted { println!("{}", t); }

    let removed = list.purge_done();
    println!("purged {} done tasks", removed);
    list.tasks.iter_mut().filter(|t| t.priority == Priority::Low).for_each(|t| t.priority = Priority::Medium);
    list.print("after purge & bump");
    let (work, other): (Vec<&Task>, Vec<&Task>) = list.tasks.iter().partition(|t| t.tags.contains(&"work".to_string()));
    println!("work={} other={}", work.len(), other.len());
    println!("{:#?}", list.tasks.last().map(|t| (&t.title, t.priority)));
    println!("first == clone? {}", list.tasks[0] == list.tasks[0].clone());
}
