// Todo list: the list is declared without `mut` but then modified.
#[derive(Debug)]
struct Todo {
    id: u32,
    text: String,
    done: bool,
}

fn complete(list: &mut Vec<Todo>, id: u32) -> bool {
    for t in list.iter_mut() {
        if t.id == id {
            t.done = true;
            return true;
        }
    }
    false
}

fn main() {
    let todos = vec![
        Todo { id: 1, text: "wash dishes".into(), done: false },
        Todo { id: 2, text: "learn lifetimes".into(), done: false },
    ];

    // Mistake: `todos` is not mutable.
    if complete(&mut todos, 2) {
        println!("marked #2 as done");
    }

    for t in &todos {
        let mark = if t.done { "x" } else { " " };
        println!("[{}] {} {}", mark, t.id, t.text);
    }
}
