use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

struct Job {
    id: u32,
    owner: Rc<String>,
}

fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let job: Job = rx.recv().unwrap();
        println!("{} {}", job.id, job.owner);
    });
    tx.send(Job { id: 1, owner: Rc::new(String::from("me")) }).unwrap();
}
