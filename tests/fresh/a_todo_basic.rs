// To-do list with enums and Option: add, complete, due dates, filtering and Display.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Open,
    Done { on_day: u32 },
    Cancelled(String),
}

#[derive(Debug, Clone)]
struct Todo {
    id: usize,
    title: String,
    priority: Priority,
    due: Option<u32>,
    status: Status,
}

impl fmt::Display for Todo {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mark = match &self.status {
            Status::Open => "[ ]",
            Status::Done { .. } => "[x]",
            Status::Cancelled(_) => "[-]",
        };
        let due = self.due.map(|d| format!("due day {}", d)).unwrap_or_default();
        write!(f, "{} #{} {:<22} {:<6} {}", mark, self.id, self.title, format!("{:?}", self.priority), due)
    }
}

#[derive(Default)]
struct TodoList {
    items: Vec<Todo>,
}

impl TodoList {
    fn add(&mut self, title: &str, priority: Priority, due: Option<u32>) -> usize {
        let id = self.items.len() + 1;
        self.items.push(Todo { id, title: title.to_string(), priority, due, status: Status::Open });
        id
    }
    fn get_mut(&mut self, id: usize) -> Option<&mut Todo> {
        self.items.iter_mut().find(|t| t.id == id)
    }
    fn complete(&mut self, id: usize, day: u32) -> Result<(), String> {
        let t = self.get_mut(id).ok_or(format!("no todo #{}", id))?;
        match t.status {
            Status::Open => {
                t.status = Status::Done { on_day: day };
                Ok(())
            }
            ref other => Err(format!("#{} is already {:?}", id, other)),
        }
    }
    fn overdue(&self, today: u32) -> impl Iterator<Item = &Todo> {
        self.items.iter().filter(move |t| t.status == Status::Open && t.due.is_some_and(|d| d < today))
    }
}

fn main() {
    let mut list = TodoList::default();
    list.add("buy groceries", Priority::Medium, Some(2));
    list.add("file taxes", Priority::High, Some(10));
    let walk = list.add("walk the dog", Priority::Low, None);
    list.add("fix bike", Priority::Medium, Some(4));
    list.add("call grandma", Priority::High, None);

    for (id, day) in [(1, 1), (3, 2), (1, 3), (9, 3)] {
        if let Err(e) = list.complete(id, day) {
            println!("error: {}", e);
        }
    }
    if let Some(t) = list.get_mut(4) {
        t.status = Status::Cancelled("sold the bike".into());
    }
    println!("walk id = {}", walk);
    for t in &list.items {
        println!("{}", t);
    }
    let today = 5;
    let overdue: Vec<&str> = list.overdue(today).map(|t| t.title.as_str()).collect();
    println!("overdue on day {}: {:?}", today, overdue);

    let mut open: Vec<&Todo> = list.items.iter().filter(|t| matches!(t.status, Status::Open)).collect();
    open.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.due.unwrap_or(u32::MAX).cmp(&b.due.unwrap_or(u32::MAX))));
    println!("next up: {}", open.first().map(|t| t.title.clone()).unwrap_or_else(|| "nothing".into()));
    let done_days: Vec<u32> = list.items.iter().filter_map(|t| match t.status {
        Status::Done { on_day } => Some(on_day),
        _ => None,
    }).collect();
    println!("completed on days {:?}", done_days);
    let reasons: Vec<String> = list.items.iter().filter_map(|t| if let Status::Cancelled(r) = &t.status { Some(r.clone()) } else { None }).collect();
    println!("cancel reasons: {:?}", reasons);
}
