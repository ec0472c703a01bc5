// Todo list: a `move` closure takes ownership of the list, then main uses it.
#[derive(Debug)]
struct Task {
    title: String,
    done: bool,
}

fn main() {
    let mut tasks = Vec::new();
    tasks.push(Task { title: "buy milk".to_string(), done: false });
    tasks.push(Task { title: "write report".to_string(), done: true });
    tasks.push(Task { title: "call mom".to_string(), done: false });

    let print_pending = move || {
        for t in tasks.iter() {
            if !t.done {
                println!("TODO: {}", t.title);
            }
        }
    };

    print_pending();

    // Mistake: `tasks` was moved into the closure above.
    let finished = tasks.iter().filter(|t| t.done).count();
    println!("{} of {} tasks finished", finished, tasks.len());
}
