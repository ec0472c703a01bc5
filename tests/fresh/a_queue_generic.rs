// Queue<T> made of two Vecs (amortised O(1)), with Display and a printer-spooler simulation.
use std::fmt;

struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }
    fn enqueue(&mut self, x: T) {
        self.inbox.push(x);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
    fn iter(&self) -> impl Iterator<Item = &T> {
        self.outbox.iter().rev().chain(self.inbox.iter())
    }
}

impl<T: fmt::Display> fmt::Display for Queue<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.iter().map(|x| format!("{}", x)).collect();
        write!(f, "front[{}]back", parts.join(", "))
    }
}

#[derive(Debug, Clone)]
struct Job {
    id: u32,
    owner: &'static str,
    pages: u32,
}

impl fmt::Display for Job {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}#{}({}p)", self.owner, self.id, self.pages)
    }
}

fn main() {
    let mut q: Queue<char> = Queue::new();
    "abc".chars().for_each(|c| q.enqueue(c));
    println!("{} len={}", q, q.len());
    println!("dequeue {:?}", q.dequeue());
    q.enqueue('d');
    q.enqueue('e');
    println!("{} len={}", q, q.len());

    let mut spool: Queue<Job> = Queue::new();
    let submissions = [("ann", 3), ("bob", 12), ("ann", 1), ("cat", 7), ("bob", 2)];
    for (i, &(owner, pages)) in submissions.iter().enumerate() {
        spool.enqueue(Job { id: i as u32 + 1, owner, pages });
    }
    println!("spool: {}", spool);
    let pages_per_tick = 4;
    let mut tick = 0;
    let mut current: Option<(Job, u32)> = None;
    while current.is_some() || spool.len() > 0 {
        tick += 1;
        if current.is_none() {
            current = spool.dequeue().map(|j| {
                let p = j.pages;
                (j, p)
            });
        }
        if let Some((job, left)) = current.as_mut() {
            *left = left.saturating_sub(pages_per_tick);
            if *left == 0 {
                println!("tick {:>2}: finished {}", tick, job);
                current = None;
            }
        }
    }
    let total: u32 = submissions.iter().map(|s| s.1).sum();
    println!("{} pages in {} ticks", total, tick);
}
