use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Shared {
    id: u32,
    log: Mutex<Vec<String>>,
}

impl Shared {
    fn new(id: u32) -> Self {
        LIVE.fetch_add(1, Ordering::SeqCst);
        Shared { id, log: Mutex::new(Vec::new()) }
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("Shared {} dropped with {} log entries", self.id, self.log.get_mut().unwrap().len());
    }
}

fn main() {
    let data = Arc::new(Shared::new(1));
    println!("strong after new: {}", Arc::strong_count(&data));

    let for_thread = Arc::clone(&data);
    println!("strong before spawn: {}", Arc::strong_count(&data));

    let handle = thread::spawn(move || {
        let mut sum = 0u64;
        for i in 1..=100u64 {
            sum += i;
        }
        for_thread.log.lock().unwrap().push(format!("thread computed {}", sum));
        Arc::strong_count(&for_thread) // observed while main still holds its clone
    });
    let seen_in_thread = handle.join().unwrap();
    println!("thread saw strong >= 2: {}", seen_in_thread >= 2);
    println!("strong after join: {}", Arc::strong_count(&data));

    data.log.lock().unwrap().push("main says hi".to_string());
    for line in data.log.lock().unwrap().iter() {
        println!("log: {}", line);
    }

    // Raw round trip through Arc::into_raw / from_raw.
    let raw = Arc::into_raw(Arc::clone(&data));
    println!("strong with raw outstanding: {}", Arc::strong_count(&data));
    println!("raw == as_ptr: {}", std::ptr::eq(raw, Arc::as_ptr(&data)));
    let id_via_raw = unsafe { (*raw).id };
    let back = unsafe { Arc::from_raw(raw) };
    println!("id via raw {} strong {}", id_via_raw, Arc::strong_count(&back));
    drop(back);

    let weak = Arc::downgrade(&data);
    println!("weak_count {} strong {}", Arc::weak_count(&data), Arc::strong_count(&data));
    println!("live objects: {}", LIVE.load(Ordering::SeqCst));

    let second = Arc::new(Shared::new(2));
    println!("live objects with second: {}", LIVE.load(Ordering::SeqCst));
    match Arc::try_unwrap(second) {
        Ok(inner) => println!("unwrapped Shared {}", inner.id),
        Err(_) => println!("still shared"),
    }
    drop(data);
    println!("upgrade after drop: {}", weak.upgrade().is_none());
    println!("live objects at end: {}", LIVE.load(Ordering::SeqCst));
}
