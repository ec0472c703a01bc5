// editions: 2015 2018 2021 2024
// A local trait with a method named `into_future`, implemented for a type that also implements
// IntoFuture (every Future does): fine before 2024, ambiguous (E0034) once IntoFuture is in the prelude.
use std::future::{ready, Ready};

trait Schedule {
    fn into_future(self) -> String;
}

impl<T: std::fmt::Debug> Schedule for Ready<T> {
    fn into_future(self) -> String {
        format!("scheduled {:?}", self)
    }
}

struct Queue {
    items: Vec<String>,
}

impl Queue {
    fn push_ready(&mut self, value: u32) {
        let fut = ready(value);
        let label = fut.into_future();
        self.items.push(label);
    }
}

fn main() {
    let mut q = Queue { items: Vec::new() };
    for v in &[3, 1, 4] {
        q.push_ready(*v);
    }
    for (i, item) in q.items.iter().enumerate() {
        println!("{}: {}", i, item);
    }
}
