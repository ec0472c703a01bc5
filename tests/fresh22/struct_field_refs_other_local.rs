// Local structs whose fields reference other locals.
#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
}

struct Worker<'a> {
    id: u32,
    config: &'a Config,
    output: &'a mut Vec<String>,
}

impl<'a> Worker<'a> {
    fn run(&mut self, job: &str) {
        for attempt in 0..self.config.retries {
            let line = format!("[{}#{}] {} attempt {}", self.config.name, self.id, job, attempt);
            self.output.push(line);
        }
    }

    fn config_name(&self) -> &'a str {
        &self.config.name
    }
}

struct View<'a> {
    data: &'a [i32],
    lo: usize,
    hi: usize,
}

impl<'a> View<'a> {
    fn items(&self) -> &'a [i32] {
        &self.data[self.lo..self.hi]
    }
    fn shift(&mut self, by: usize) {
        self.lo = (self.lo + by).min(self.data.len());
        self.hi = (self.hi + by).min(self.data.len());
    }
}

fn main() {
    let config = Config { name: String::from("alpha"), retries: 2 };
    let mut log: Vec<String> = Vec::new();
    let name_kept;
    {
        let mut w = Worker { id: 7, config: &config, output: &mut log };
        w.run("build");
        w.run("test");
        w.id += 1;
        w.run("deploy");
        name_kept = w.config_name();
    }
    println!("worker used config {:?}, name_kept = {}", config, name_kept);
    for line in &log {
        println!("{}", line);
    }

    let numbers = [5, 10, 15, 20, 25, 30, 35, 40];
    let mut view = View { data: &numbers, lo: 0, hi: 3 };
    let mut collected = Vec::new();
    for step in 0..4 {
        let items = view.items();
        println!("step {}: view {:?} sum {}", step, items, items.iter().sum::<i32>());
        collected.push(items);
        view.shift(2);
    }
    // Slices taken from earlier views are still valid: they borrow `numbers`, not `view`.
    println!("collected = {:?}", collected);

    let mut counter = 0u32;
    let mut label = String::from("x");
    struct Pair<'a> {
        count: &'a mut u32,
        label: &'a mut String,
    }
    let pair = Pair { count: &mut counter, label: &mut label };
    for i in 0..5 {
        *pair.count += i;
        pair.label.push(char::from(b'a' + i as u8));
    }
    println!("pair label len = {}", pair.label.len());
    println!("counter = {}, label = {}", counter, label);
}
