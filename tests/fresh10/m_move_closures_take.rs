use std::mem;

struct Job {
    name: String,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("  drop Job {}", self.name);
    }
}

#[derive(Debug, Default)]
struct Buffer {
    items: Vec<u32>,
    flushed: u32,
}

impl Buffer {
    fn flush(&mut self) -> Vec<u32> {
        self.flushed += 1;
        mem::take(&mut self.items) // leaves an empty Vec (no allocation)
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    println!("-- move closures capture by value --");
    let add5 = make_adder(5);
    println!("add5(10)={}", add5(10));
    let mut next = make_counter();
    println!("counter: {} {} {}", next(), next(), next());

    let job = Job { name: "report".into() };
    let run = move || {
        println!("  running {}", job.name);
        job.name.len()
    };
    println!("closure created; job moved into it");
    println!("run() -> {}", run());
    println!("run() again -> {}", run());
    drop(run);
    println!("closure dropped");

    let once_job = Job { name: "once".into() };
    let consume = move || {
        let j = once_job; // moves out of the closure: FnOnce
        println!("  consuming {}", j.name);
    };
    consume();
    println!("after FnOnce call");

    let base = 3; // Copy: move closure copies it
    let times = move |x: i32| x * base;
    println!("times(7)={} base still usable={}", times(7), base);

    let names = vec!["a".to_string(), "b".to_string()];
    let shown = names.clone();
    let joiner = move || names.join("+");
    println!("joined={} (used clone outside: {:?})", joiner(), shown);

    println!("-- Option::take / mem::replace / mem::swap --");
    let mut slot: Option<Job> = Some(Job { name: "slot-1".into() });
    let taken = slot.take();
    println!("taken={:?} slot is_none={}", taken.as_ref().map(|j| j.name.as_str()), slot.is_none());
    let old = slot.replace(Job { name: "slot-2".into() });
    println!("replace returned none? {}", old.is_none());
    drop(taken);

    let mut buf = Buffer { items: vec![1, 2, 3], flushed: 0 };
    let out = buf.flush();
    println!("flushed {:?}; buf now {:?} cap={}", out, buf, buf.items.capacity());
    buf.items.push(9);
    let prev = mem::replace(&mut buf.items, vec![100, 200]);
    println!("replace gave {:?}; buf.items={:?}", prev, buf.items);

    let mut a = Job { name: "left".into() };
    let mut b = Job { name: "right".into() };
    mem::swap(&mut a, &mut b);
    println!("after swap a={} b={}", a.name, b.name);
    let d = mem::take(&mut buf);
    println!("took whole buffer {:?}; default left {:?}", d, buf);
    println!("end of main");
}
