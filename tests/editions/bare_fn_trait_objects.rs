// editions: 2015 2018 2021 2024
// Callback tables typed `Box<Fn(i32) -> i32>` and `&mut FnMut(&str)` (no `dyn`): accepted with a warning
// in 2015/2018, E0782 from 2021.
use std::collections::BTreeMap;

struct Pipeline {
    stages: BTreeMap<u8, Box<Fn(i32) -> i32>>,
}

impl Pipeline {
    fn run(&self, mut v: i32, log: &mut FnMut(&str)) -> i32 {
        for (order, stage) in &self.stages {
            v = stage(v);
            log(&format!("stage {} -> {}", order, v));
        }
        v
    }
}

fn main() {
    let mut p = Pipeline { stages: BTreeMap::new() };
    p.stages.insert(2, Box::new(|x| x * 10));
    p.stages.insert(1, Box::new(|x| x + 1));
    let offset = 7;
    p.stages.insert(3, Box::new(move |x| x - offset));
    let mut lines = Vec::new();
    let result = p.run(4, &mut |s: &str| lines.push(s.to_string()));
    for l in &lines {
        println!("{}", l);
    }
    println!("result {}", result);
}
