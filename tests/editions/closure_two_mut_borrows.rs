// editions: 2015 2018 2021 2024
// A closure that mutates `state.count` borrows only that field from 2021, so `state.log` can be pushed
// to while the closure is alive; 2015/2018 borrow all of `state` mutably (E0499).
struct State {
    count: u32,
    log: Vec<String>,
}

fn main() {
    let mut state = State { count: 0, log: Vec::new() };
    let mut bump = |by: u32| {
        state.count += by;
        state.count
    };
    for step in 1..4 {
        let now = bump(step);
        state.log.push(format!("step {} -> {}", step, now));
    }
    bump(10);
    for line in &state.log {
        println!("{}", line);
    }
    println!("final count {}", state.count);
}
