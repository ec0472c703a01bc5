// Task board: a cursor struct that walks the task list.
struct Task {
    title: String,
    done: bool,
}

struct Cursor<'a> {
    inner: std::slice::Iter<'a, Task>,
}

impl<'a> Cursor<'a> {
    fn next_open(&mut self) -> Option<&'a Task> {
        self.inner.by_ref().find(|t| !t.done)
    }
}

fn main() {
    let mut tasks = vec![
        Task { title: "write spec".into(), done: true },
        Task { title: "review PR".into(), done: false },
        Task { title: "deploy".into(), done: false },
    ];

    let mut cursor = Cursor { inner: tasks.iter() };

    // Archive finished tasks while the cursor is still alive.
    tasks.retain(|t| !t.done);

    while let Some(t) = cursor.next_open() {
        println!("open: {}", t.title);
    }
    println!("{} tasks left", tasks.len());
}
