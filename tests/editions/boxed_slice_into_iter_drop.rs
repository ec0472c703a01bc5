// editions: 2015 2018 2021 2024
// `Box<[T]>::into_iter()` borrows (auto-ref to the slice) before 2024 and consumes the box in 2024:
// the jobs are dropped one per iteration in 2024, all together at the end of main before.
struct Job {
    name: String,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("  cleanup {}", self.name);
    }
}

fn load_jobs() -> Box<[Job]> {
    let names = vec!["fetch", "build", "ship"];
    names
        .iter()
        .map(|n| Job { name: n.to_string() })
        .collect::<Vec<_>>()
        .into_boxed_slice()
}

fn main() {
    let jobs = load_jobs();
    println!("{} jobs queued", jobs.len());
    for job in jobs.into_iter() {
        println!("run {}", job.name);
    }
    println!("all jobs run");
}
