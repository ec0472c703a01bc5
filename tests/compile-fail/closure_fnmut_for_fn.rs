fn apply<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    apply(|| n += 1);
    println!("{}", n);
}
