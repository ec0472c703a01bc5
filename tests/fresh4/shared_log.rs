// Rc<RefCell<...>> shared between components, boxed closures and Cell counters.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

type Log = Rc<RefCell<Vec<String>>>;

struct Sensor {
    id: u32,
    log: Log,
    reads: Cell<u32>,
}

impl Sensor {
    fn read(&self, raw: i32) -> i32 {
        self.reads.set(self.reads.get() + 1);
        let v = raw * 2 - 1;
        self.log.borrow_mut().push(format!("sensor{} read {}", self.id, v));
        v
    }
}

struct Alarm {
    log: Log,
    rules: Vec<(String, Box<dyn Fn(i32) -> bool>)>,
    fired: Cell<usize>,
}

impl Alarm {
    fn check(&self, v: i32) {
        for (name, rule) in &self.rules {
            if rule(v) {
                self.fired.set(self.fired.get() + 1);
                self.log.borrow_mut().push(format!("ALARM {} on {}", name, v));
            }
        }
    }
}

fn make_threshold(limit: i32) -> Box<dyn Fn(i32) -> bool> {
    Box::new(move |v| v > limit)
}

fn main() {
    let log: Log = Rc::new(RefCell::new(Vec::new()));
    let sensors: Vec<Sensor> = (1..=2)
        .map(|id| Sensor { id, log: Rc::clone(&log), reads: Cell::new(0) })
        .collect();
    let alarm = Alarm {
        log: log.clone(),
        rules: vec![
            ("high".to_string(), make_threshold(10)),
            ("odd-negative".to_string(), Box::new(|v| v < 0 && v % 2 != 0)),
        ],
        fired: Cell::new(0),
    };
    println!("rc count = {}", Rc::strong_count(&log));

    let inputs = [3, 7, -2, 0, 9, 4];
    for (i, raw) in inputs.iter().enumerate() {
        let s = &sensors[i % sensors.len()];
        let v = s.read(*raw);
        alarm.check(v);
    }

    for line in log.borrow().iter() {
        println!("{}", line);
    }
    for s in &sensors {
        println!("sensor{} reads: {}", s.id, s.reads.get());
    }
    println!("alarms fired: {}", alarm.fired.get());

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in log.borrow().iter() {
        let kind = if line.starts_with("ALARM") { "alarm" } else { "read" };
        *counts.entry(kind).or_default() += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort();
    println!("{:?}", counts);

    let transforms: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * x),
        Box::new(move |x| x - inputs.len() as i32),
    ];
    let composed = transforms.iter().fold(4, |acc, f| f(acc));
    println!("composed(4) = {}", composed);
    drop(sensors);
    println!("rc count after drop = {}", Rc::strong_count(&log));
    log.borrow_mut().clear();
    println!("log empty: {}", alarm.log.borrow().is_empty());
}
