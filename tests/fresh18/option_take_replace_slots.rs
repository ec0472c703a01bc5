// Option::as_mut / as_ref / take / replace / get_or_insert_with in a slot pool.
use std::mem;

#[derive(Debug, Clone, PartialEq)]
struct Job {
    id: u32,
    name: String,
    retries: u8,
}

struct Pool {
    slots: Vec<Option<Job>>,
    current: Option<Job>,
}

impl Pool {
    fn new(n: usize) -> Self {
        Pool { slots: vec![None; n], current: None }
    }

    fn place(&mut self, job: Job) -> Result<usize, Job> {
        match self.slots.iter().position(Option::is_none) {
            Some(i) => {
                self.slots[i] = Some(job);
                Ok(i)
            }
            None => Err(job),
        }
    }

    fn start(&mut self, idx: usize) -> Option<Job> {
        let next = self.slots.get_mut(idx)?.take()?;
        self.current.replace(next)
    }

    fn retry_current(&mut self) -> bool {
        if let Some(job) = self.current.as_mut() {
            job.retries += 1;
            job.name.push('*');
            true
        } else {
            false
        }
    }

    fn current_name(&self) -> Option<&str> {
        self.current.as_ref().map(|j| j.name.as_str())
    }

    fn occupied(&self) -> Vec<(usize, &Job)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|j| (i, j)))
            .collect()
    }
}

fn main() {
    let mut pool = Pool::new(3);
    let mut overflow = Vec::new();
    for (id, name) in ["fetch", "parse", "index", "store"].iter().enumerate() {
        let job = Job { id: id as u32, name: name.to_string(), retries: 0 };
        if let Err(j) = pool.place(job) {
            overflow.push(j);
        }
    }
    println!("occupied: {:?}", pool.occupied().iter().map(|(i, j)| (*i, &j.name)).collect::<Vec<_>>());
    println!("overflow: {:?}", overflow);

    let prev = pool.start(1);
    println!("started slot 1, prev = {:?}, current = {:?}", prev, pool.current_name());
    pool.retry_current();
    pool.retry_current();
    let prev = pool.start(0);
    println!("started slot 0, prev = {:?}", prev.map(|j| (j.name, j.retries)));
    println!("start empty slot -> {:?}", pool.start(1));
    println!("start bad index -> {:?}", pool.start(10));

    if let Some(j) = overflow.pop() {
        let idx = pool.place(j).expect("room now");
        println!("placed overflow into {}", idx);
    }

    let finished = pool.current.take();
    println!("finished {:?}, retry now {}", finished.as_ref().map(|j| j.id), pool.retry_current());

    let fallback = pool.current.get_or_insert_with(|| Job { id: 99, name: "idle".into(), retries: 0 });
    fallback.retries = 7;
    println!("current after get_or_insert_with: {:?}", pool.current);

    let mut label = String::from("draft");
    let old = mem::replace(&mut label, String::from("final"));
    let taken = mem::take(&mut pool.slots[2]);
    println!("label {} (was {}), taken {:?}", label, old, taken.map(|j| j.name));

    let mut a = Some(3);
    let mut b = None;
    mem::swap(&mut a, &mut b);
    if let Some(x) = b.as_mut() {
        *x *= 10;
    }
    let z = a.unwrap_or_default() + b.unwrap_or(0);
    println!("a={:?} b={:?} z={} occupied={}", a, b, z, pool.occupied().len());
}
