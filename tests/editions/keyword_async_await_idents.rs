// editions: 2015 2018 2021 2024
// `async` and `await` as ordinary identifiers (a module, a function, a struct field): fine in 2015,
// reserved keywords from 2018 ("expected identifier, found keyword").
mod async {
    pub fn spawn(name: &str) -> usize {
        println!("spawning {}", name);
        name.len()
    }
}

struct Request {
    await: u32,
    retries: u32,
}

impl Request {
    fn total_wait(&self) -> u32 {
        self.await * (self.retries + 1)
    }
}

fn main() {
    let ids: Vec<usize> = ["fetch", "parse"].iter().map(|n| async::spawn(n)).collect();
    println!("ids {:?}", ids);
    let r = Request { await: 250, retries: 2 };
    println!("wait {} ms", r.total_wait());
}
