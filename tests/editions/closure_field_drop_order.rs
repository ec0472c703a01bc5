// editions: 2015 2018 2021 2024
// Dropping a `move` closure that used one field: from 2021 only that field was moved into the closure
// (the other is dropped at the end of main); before, the whole struct was moved in and dies with it.
struct Resource {
    name: &'static str,
}

impl Resource {
    fn touch(&self) -> usize {
        self.name.len()
    }
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("  free {}", self.name);
    }
}

struct Session {
    socket: Resource,
    log: Resource,
}

fn main() {
    let s = Session { socket: Resource { name: "socket" }, log: Resource { name: "log" } };
    let ping = move || s.socket.touch();
    println!("ping -> {}", ping());
    println!("dropping closure");
    drop(ping);
    println!("closure dropped");
}
