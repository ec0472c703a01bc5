use std::mem;

#[derive(Debug, Default)]
struct Buffer {
    label: String,
    data: Vec<u8>,
    writes: u32,
}

#[derive(Debug)]
enum State {
    Idle,
    Running { job: String, progress: u8 },
    Done(Vec<String>),
}

impl State {
    // Move out of &mut self using mem::replace: no clone needed.
    fn advance(&mut self, log: &mut Vec<String>) {
        let old = mem::replace(self, State::Idle);
        *self = match old {
            State::Idle => State::Running { job: "compile".into(), progress: 0 },
            State::Running { job, progress } if progress >= 100 => {
                log.push(job);
                State::Done(mem::take(log))
            }
            State::Running { job, progress } => State::Running { job, progress: progress + 50 },
            State::Done(items) => State::Done(items),
        };
    }
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("swapped ints: a={} b={}", a, b);

    let mut left = vec![1, 2, 3];
    let mut right = Vec::with_capacity(50);
    right.push(9);
    println!("before swap: left len={} cap={} right len={} cap={}", left.len(), left.capacity(), right.len(), right.capacity());
    mem::swap(&mut left, &mut right);
    println!("after swap:  left={:?} cap={} right={:?} cap={}", left, left.capacity(), right, right.capacity());

    let mut arr = [10, 20, 30, 40, 50];
    arr.swap(0, 4);
    let (x, y) = arr.split_at_mut(2);
    mem::swap(&mut x[0], &mut y[0]);
    println!("array after swaps: {:?}", arr);

    let mut name = String::from("first");
    let old = mem::replace(&mut name, String::from("second"));
    println!("replace: old={} new={}", old, name);

    let mut buf = Buffer { label: "log".into(), data: Vec::with_capacity(16), writes: 0 };
    buf.data.extend_from_slice(b"hello");
    buf.writes += 1;
    println!("buf: {:?} cap={}", buf, buf.data.capacity());
    let taken_data = mem::take(&mut buf.data);
    println!("took data {:?} (cap {}), buf.data now len={} cap={}", taken_data, taken_data.capacity(), buf.data.len(), buf.data.capacity());
    let whole = mem::take(&mut buf);
    println!("took whole buffer: {:?}", whole);
    println!("taken label={} writes={} label len now={}", whole.label, whole.writes, buf.label.len());
    println!("left behind default: {:?}", buf);

    let mut opt = Some(String::from("inside"));
    let got = opt.take();
    println!("Option::take -> {:?}, left {:?}", got, opt);
    let mut opt2 = Some(5);
    let prev = opt2.replace(6);
    println!("Option::replace -> prev {:?} now {:?}", prev, opt2);
    let mut counter = 41u32;
    let next = counter + 1;
    let prev_counter = mem::replace(&mut counter, next);
    println!("replace counter: prev={} now={}", prev_counter, counter);
    println!("take of u32: {} leaves {}", mem::take(&mut counter), counter);

    let mut state = State::Idle;
    let mut log = vec![String::from("fetch")];
    for step in 0..5 {
        state.advance(&mut log);
        println!("step {} state={:?} log len={}", step, state, log.len());
    }
    if let State::Done(items) = &state {
        println!("done with {} items: {:?}", items.len(), items);
    }

    let mut strings = vec![String::from("a"), String::from("b"), String::from("c")];
    let middle = mem::take(&mut strings[1]);
    println!("took middle {:?}, vec now {:?}", middle, strings);
    let last = mem::replace(&mut strings[2], String::from("z"));
    println!("replaced last {:?}, vec now {:?}", last, strings);
    let total: usize = strings.iter().map(|s| s.len()).sum();
    println!("total bytes left = {}", total);
}
