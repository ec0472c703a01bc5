// A queue-like linked list where the caller assumes there are always enough items.
struct Node {
    job: String,
    next: Option<Box<Node>>,
}

struct JobList {
    head: Option<Box<Node>>,
    count: usize,
}

impl JobList {
    fn new() -> Self {
        JobList { head: None, count: 0 }
    }

    fn push_back(&mut self, job: &str) {
        let mut slot = &mut self.head;
        while let Some(node) = slot {
            slot = &mut node.next;
        }
        *slot = Some(Box::new(Node { job: job.to_uppercase(), next: None }));
        self.count += 1;
    }

    fn pop_front(&mut self) -> Option<String> {
        let node = self.head.take()?;
        self.head = node.next;
        self.count -= 1;
        Some(node.job)
    }

    fn nth(&self, n: usize) -> Option<&str> {
        let mut cur = self.head.as_ref();
        for _ in 0..n {
            cur = cur?.next.as_ref();
        }
        cur.map(|node| node.job.as_str())
    }
}

fn main() {
    let mut jobs = JobList::new();
    for j in "compile test package deploy".split_whitespace() {
        jobs.push_back(j);
    }
    println!("{} jobs queued", jobs.count);
    println!("third job: {}", jobs.nth(2).unwrap_or("none"));
    println!("tenth job: {}", jobs.nth(9).unwrap_or("none"));

    let mut step = 1;
    loop {
        let job = jobs.pop_front().unwrap();
        println!("step {}: running {}", step, job);
        step += 1;
        if step > 5 {
            break;
        }
    }
    println!("all done");
}
