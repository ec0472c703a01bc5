use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct QueueState<T> {
    items: VecDeque<T>,
    closed: bool,
    max_len_seen: usize,
}

struct BoundedQueue<T> {
    state: Mutex<QueueState<T>>,
    not_empty: Condvar,
    not_full: Condvar,
    capacity: usize,
}

impl<T> BoundedQueue<T> {
    fn new(capacity: usize) -> Self {
        BoundedQueue {
            state: Mutex::new(QueueState { items: VecDeque::new(), closed: false, max_len_seen: 0 }),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
            capacity,
        }
    }

    fn push(&self, item: T) -> Result<(), T> {
        let guard = self.state.lock().unwrap();
        let mut st = self
            .not_full
            .wait_while(guard, |s| s.items.len() >= self.capacity && !s.closed)
            .unwrap();
        if st.closed {
            return Err(item);
        }
        st.items.push_back(item);
        st.max_len_seen = st.max_len_seen.max(st.items.len());
        drop(st);
        self.not_empty.notify_one();
        Ok(())
    }

    fn pop(&self) -> Option<T> {
        let mut st = self.state.lock().unwrap();
        loop {
            if let Some(item) = st.items.pop_front() {
                drop(st);
                self.not_full.notify_one();
                return Some(item);
            }
            if st.closed {
                return None;
            }
            st = self.not_empty.wait(st).unwrap();
        }
    }

    fn close(&self) {
        self.state.lock().unwrap().closed = true;
        self.not_empty.notify_all();
        self.not_full.notify_all();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Item {
    producer: u8,
    seq: u32,
    payload: u64,
}

fn main() {
    const CAP: usize = 3;
    let queue = Arc::new(BoundedQueue::<Item>::new(CAP));

    let producers: Vec<_> = (0..3u8)
        .map(|p| {
            let q = Arc::clone(&queue);
            thread::spawn(move || {
                for seq in 0..40u32 {
                    let payload = (p as u64 + 1) * 1000 + (seq as u64 * seq as u64) % 97;
                    q.push(Item { producer: p, seq, payload }).expect("queue closed early");
                }
                40u32
            })
        })
        .collect();

    let consumers: Vec<thread::JoinHandle<Vec<Item>>> = (0..2)
        .map(|_| {
            let q = Arc::clone(&queue);
            thread::spawn(move || {
                let mut got = Vec::new();
                while let Some(item) = q.pop() {
                    got.push(item);
                }
                got
            })
        })
        .collect();

    let produced: u32 = producers.into_iter().map(|h| h.join().unwrap()).sum();
    queue.close();
    let mut all: Vec<Item> = Vec::new();
    for h in consumers {
        let part = h.join().unwrap();
        // Each consumer sees a given producer's items in increasing seq order (FIFO queue).
        for p in 0..3u8 {
            let seqs: Vec<u32> = part.iter().filter(|i| i.producer == p).map(|i| i.seq).collect();
            assert!(seqs.windows(2).all(|w| w[0] < w[1]), "FIFO violated");
        }
        all.extend(part);
    }
    all.sort();

    println!("produced {} items, consumed {}", produced, all.len());
    for p in 0..3u8 {
        let mine: Vec<&Item> = all.iter().filter(|i| i.producer == p).collect();
        let sum: u64 = mine.iter().map(|i| i.payload).sum();
        println!("producer {}: count={} payload_sum={} first={:?}", p, mine.len(), sum, mine[0]);
    }
    let st = queue.state.lock().unwrap();
    println!("queue empty at end: {}, closed: {}", st.items.is_empty(), st.closed);
    println!("max length within capacity: {}", st.max_len_seen <= CAP);
    drop(st);
    match queue.push(Item { producer: 9, seq: 0, payload: 0 }) {
        Ok(()) => println!("push after close accepted?!"),
        Err(item) => println!("push after close rejected, got back producer {}", item.producer),
    }
    println!("pop after close: {:?}", queue.pop());
}
