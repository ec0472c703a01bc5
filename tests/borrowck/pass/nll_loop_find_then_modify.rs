#[derive(Debug)]
struct Task {
    name: String,
    done: bool,
}

fn main() {
    let mut tasks = vec![
        Task { name: "write".into(), done: false },
        Task { name: "test".into(), done: false },
    ];
    let idx = tasks.iter().position(|t| t.name == "test");
    if let Some(i) = idx {
        tasks[i].done = true;
    }
    tasks.push(Task { name: "ship".into(), done: false });
    for t in &tasks {
        println!("{} {}", t.name, t.done);
    }
}
