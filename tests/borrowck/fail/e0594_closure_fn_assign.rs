fn call_it<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut calls = 0;
    call_it(|| {
        calls += 1;
    });
    println!("calls {}", calls);
}
