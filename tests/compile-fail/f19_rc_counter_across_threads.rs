// Shared hit counter: using Rc<RefCell<_>> with thread::spawn instead of Arc<Mutex<_>>.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let hits = Rc::new(RefCell::new(0u32));
    let mut handles = Vec::new();

    for id in 0..4 {
        let hits = Rc::clone(&hits);
        // Mistake: Rc cannot be sent between threads safely.
        let h = thread::spawn(move || {
            for _ in 0..10 {
                *hits.borrow_mut() += 1;
            }
            println!("worker {} done", id);
        });
        handles.push(h);
    }

    for h in handles {
        h.join().unwrap();
    }
    println!("total hits: {}", hits.borrow());
}
