// editions: 2015 2018 2021 2024
// An `if let .. else if let .. else` chain whose scrutinees create printing temporaries: before 2024 all
// of them are dropped after the final else; in 2024 each is dropped before the next branch is tried.
struct Source {
    name: &'static str,
    data: Vec<(&'static str, i32)>,
}

impl Source {
    fn new(name: &'static str, data: Vec<(&'static str, i32)>) -> Source {
        Source { name, data }
    }
    fn get(&self, key: &str) -> Option<i32> {
        self.data.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

impl Drop for Source {
    fn drop(&mut self) {
        println!("  drop source {}", self.name);
    }
}

fn resolve(key: &str) -> i32 {
    if let Some(v) = Source::new("env", vec![("port", 8080)]).get(key) {
        println!("  {} from env", key);
        v
    } else if let Some(v) = Source::new("file", vec![("port", 80), ("workers", 4)]).get(key) {
        println!("  {} from file", key);
        v
    } else {
        println!("  {} defaulted", key);
        -1
    }
}

fn main() {
    for key in ["port", "workers", "debug"].iter() {
        println!("resolve {}:", key);
        let v = resolve(key);
        println!("  = {}", v);
    }
}
