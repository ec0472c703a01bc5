use std::mem;

#[derive(Debug, Default)]
struct Noisy {
    label: String,
}

impl Noisy {
    fn new(s: &str) -> Self {
        Noisy { label: s.to_string() }
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop Noisy({:?})", self.label);
    }
}

enum State {
    Idle,
    Running { job: Noisy, steps: u32 },
    Done(Noisy),
}

struct Machine {
    state: State,
}

impl Machine {
    // Move the job out of `Running` into `Done` without cloning, using mem::replace.
    fn step(&mut self) {
        let old = mem::replace(&mut self.state, State::Idle);
        self.state = match old {
            State::Idle => State::Running { job: Noisy::new("job"), steps: 0 },
            State::Running { job, steps } if steps >= 2 => State::Done(job),
            State::Running { job, steps } => State::Running { job, steps: steps + 1 },
            State::Done(j) => State::Done(j),
        };
    }

    fn describe(&self) -> String {
        match &self.state {
            State::Idle => "Idle".into(),
            State::Running { job, steps } => format!("Running({}, {})", job.label, steps),
            State::Done(j) => format!("Done({})", j.label),
        }
    }
}

fn main() {
    println!("swap:");
    let mut a = Noisy::new("a");
    let mut b = Noisy::new("b");
    mem::swap(&mut a, &mut b);
    println!("  a={} b={}", a.label, b.label);

    println!("replace:");
    let old = mem::replace(&mut a, Noisy::new("a2"));
    println!("  got back {}", old.label);
    drop(old);

    println!("take:");
    let taken = mem::take(&mut b);
    println!("  taken={:?} left behind={:?}", taken.label, b.label);

    println!("take on Vec and Option:");
    let mut v = vec![1, 2, 3];
    let moved = mem::take(&mut v);
    let mut opt = Some(Noisy::new("opt"));
    let inner = opt.take();
    println!("  moved={:?} v={:?} opt.is_none={} inner={:?}", moved, v, opt.is_none(), inner.as_ref().map(|n| &n.label));

    println!("ptr::replace and ptr::swap on raw pointers:");
    let mut pair = [Noisy::new("left"), Noisy::new("right")];
    unsafe {
        let p = pair.as_mut_ptr();
        std::ptr::swap(p, p.add(1));
        let prev = std::ptr::replace(p, Noisy::new("fresh"));
        println!("  replaced out {}", prev.label);
    }
    println!("  pair now [{}, {}]", pair[0].label, pair[1].label);

    println!("state machine:");
    let mut m = Machine { state: State::Idle };
    for _ in 0..5 {
        m.step();
        println!("  {}", m.describe());
    }
    println!("end of main, locals drop in reverse order:");
}
