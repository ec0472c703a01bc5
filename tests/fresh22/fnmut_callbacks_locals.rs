// Boxed FnMut callbacks that borrow different stack locals mutably.
struct EventBus<'a> {
    handlers: Vec<(&'static str, Box<dyn FnMut(&str, i32) -> bool + 'a>)>,
}

impl<'a> EventBus<'a> {
    fn new() -> Self {
        EventBus { handlers: Vec::new() }
    }
    fn on(&mut self, name: &'static str, f: impl FnMut(&str, i32) -> bool + 'a) {
        self.handlers.push((name, Box::new(f)));
    }
    fn emit(&mut self, topic: &str, value: i32) -> Vec<&'static str> {
        let mut accepted = Vec::new();
        for (name, h) in self.handlers.iter_mut() {
            if h(topic, value) {
                accepted.push(*name);
            }
        }
        accepted
    }
}

fn for_each_pair(xs: &[i32], f: &mut dyn FnMut(i32, i32)) {
    for w in xs.windows(2) {
        f(w[0], w[1]);
    }
}

fn main() {
    let mut total = 0i64;
    let mut max_value = i32::MIN;
    let mut topics: Vec<String> = Vec::new();
    let threshold = 10;

    {
        let mut bus = EventBus::new();
        bus.on("sum", |_, v| {
            total += v as i64;
            true
        });
        bus.on("max", |_, v| {
            if v > max_value {
                max_value = v;
                true
            } else {
                false
            }
        });
        bus.on("topics", |t, v| {
            if v >= threshold {
                topics.push(format!("{}:{}", t, v));
                true
            } else {
                false
            }
        });

        let events = [("temp", 4), ("temp", 12), ("load", 9), ("load", 30), ("temp", -3), ("disk", 11)];
        for (t, v) in events {
            let acc = bus.emit(t, v);
            println!("emit {:5} {:3} -> accepted by {:?}", t, v, acc);
        }
    } // bus dropped: the mutable borrows of the locals end here

    println!("total = {}, max = {}, topics = {:?}", total, max_value, topics);

    let series = [3, 8, 2, 9, 9, 1, 7];
    let mut rises = 0;
    let mut falls = 0;
    let mut deltas = Vec::new();
    for_each_pair(&series, &mut |a, b| {
        if b > a {
            rises += 1;
        } else if b < a {
            falls += 1;
        }
        deltas.push(b - a);
    });
    println!("rises = {}, falls = {}, deltas = {:?}", rises, falls, deltas);

    // Vector of closures each capturing a different local by &mut.
    let mut c0 = 0u32;
    let mut c1 = 100u32;
    let mut c2 = 1u32;
    {
        let mut fs: Vec<Box<dyn FnMut() + '_>> = vec![
            Box::new(|| c0 += 1),
            Box::new(|| c1 -= 3),
            Box::new(|| c2 *= 2),
        ];
        for round in 0..6 {
            for (i, f) in fs.iter_mut().enumerate() {
                if (round + i) % 2 == 0 {
                    f();
                }
            }
        }
    }
    println!("c0 = {}, c1 = {}, c2 = {}", c0, c1, c2);
}
