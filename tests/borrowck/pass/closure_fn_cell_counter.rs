use std::cell::Cell;

fn call_three<F: Fn()>(f: F) {
    f();
    f();
    f();
}

fn main() {
    let calls = Cell::new(0);
    call_three(|| calls.set(calls.get() + 1));
    println!("calls {}", calls.get());
}
