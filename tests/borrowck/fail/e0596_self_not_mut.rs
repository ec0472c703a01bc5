struct Counter {
    count: u32,
    history: Vec<u32>,
}

impl Counter {
    fn tick(&self) {
        self.history.push(self.count);
    }
}

fn main() {
    let c = Counter { count: 3, history: Vec::new() };
    c.tick();
    println!("{}", c.count);
}
