// Job queue: process jobs in batches of two.
fn cost(job: &str) -> usize {
    job.len() * 10
}

fn main() {
    let mut queue: Vec<String> = ["resize", "encode", "upload", "notify", "cleanup"]
        .iter()
        .map(|s| s.to_string())
        .collect();

    let first_batch = queue.chunks(2).next().unwrap();

    // The scheduler flushes the queue.
    queue.clear();

    let total: usize = first_batch.iter().map(|j| cost(j)).sum();
    println!("first batch {:?} costs {}", first_batch, total);
    println!("queue length now {}", queue.len());
}
