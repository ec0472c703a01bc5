use std::collections::VecDeque;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Customer { Regular(u32), Priority(u32), Express { id: u32, items: u8 } }

impl Customer {
    fn id(&self) -> u32 { match *self { Customer::Regular(i) | Customer::Priority(i) => i, Customer::Express { id, .. } => id } }
    fn service_time(&self) -> u32 {
        match self { Customer::Regular(_) => 3, Customer::Priority(_) => 2, Customer::Express { items, .. } => 1 + *items as u32 / 5 }
    }
}

impl fmt::Display for Customer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let tag = match self { Customer::Regular(_) => 'R', Customer::Priority(_) => 'P', Customer::Express { .. } => 'E' };
        write!(f, "{tag}{}", self.id())
    }
}

fn josephus(n: usize, k: usize) -> (Vec<usize>, usize) {
    let mut ring: VecDeque<usize> = (1..=n).collect();
    let mut order = Vec::with_capacity(n);
    while ring.len() > 1 {
        ring.rotate_left((k - 1) % ring.len());
        order.push(ring.pop_front().unwrap());
    }
    (order, ring[0])
}

fn sliding_max(data: &[i32], w: usize) -> Vec<i32> {
    let mut dq: VecDeque<usize> = VecDeque::new();
    let mut out = vec![];
    for i in 0..data.len() {
        while dq.front().is_some_and(|&j| j + w <= i) { dq.pop_front(); }
        while dq.back().is_some_and(|&j| data[j] <= data[i]) { dq.pop_back(); }
        dq.push_back(i);
        if i + 1 >= w { out.push(data[dq[0]]); }
    }
    out
}

fn main() {
    let (order, survivor) = josephus(7, 3);
    println!("josephus(7,3): eliminated {:?}, survivor {}", order, survivor);
    let survivors: Vec<usize> = (1..=10).map(|n| josephus(n, 2).1).collect();
    println!("k=2 survivors n=1..10: {:?}", survivors);

    let data = [1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 0];
    println!("sliding max w=3: {:?}", sliding_max(&data, 3));
    let naive: Vec<i32> = data.windows(3).map(|w| *w.iter().max().unwrap()).collect();
    println!("matches naive: {}", naive == sliding_max(&data, 3));

    let arrivals = [Customer::Regular(1), Customer::Express { id: 2, items: 4 }, Customer::Priority(3), Customer::Regular(4),
                    Customer::Express { id: 5, items: 12 }, Customer::Priority(6), Customer::Regular(7)];
    let mut line: VecDeque<Customer> = VecDeque::new();
    for c in arrivals {
        match c {
            Customer::Priority(_) => {
                let pos = line.iter().position(|x| !matches!(x, Customer::Priority(_))).unwrap_or(line.len());
                line.insert(pos, c);
            }
            Customer::Express { items, .. } if items <= 5 => line.push_front(c),
            _ => line.push_back(c),
        }
        let snapshot: Vec<String> = line.iter().map(|c| c.to_string()).collect();
        println!("after {:<4} queue = [{}]", c.to_string(), snapshot.join(" "));
    }
    let mut clock = 0;
    let mut waits = Vec::new();
    while let Some(c) = line.pop_front() {
        waits.push((c.id(), clock));
        clock += c.service_time();
    }
    waits.sort_by_key(|&(_, w)| std::cmp::Reverse(w));
    println!("waits (longest first): {:?}", waits);
    println!("avg wait {:.2}", waits.iter().map(|w| w.1 as f64).sum::<f64>() / waits.len() as f64);

    let mut buf: VecDeque<char> = VecDeque::with_capacity(8);
    for ch in "abcdefgh".chars() { if ch < 'e' { buf.push_back(ch) } else { buf.push_front(ch) } }
    buf.rotate_right(3);
    let (a, b) = buf.as_slices();
    println!("slices lens sum {} content {:?}", a.len() + b.len(), buf);
    let contiguous: String = buf.make_contiguous().iter().collect();
    buf.make_contiguous().sort();
    println!("contiguous {contiguous} sorted {:?}", buf.iter().collect::<String>());
    let drained: Vec<char> = buf.drain(2..5).collect();
    buf.retain(|c| *c != 'h');
    println!("drained {:?} left {:?} front={:?} back={:?}", drained, buf, buf.front(), buf.back());
    buf.extend(['x', 'y']);
    buf.truncate(4);
    println!("final {:?} contains 'x'? {}", buf, buf.contains(&'x'));
}
