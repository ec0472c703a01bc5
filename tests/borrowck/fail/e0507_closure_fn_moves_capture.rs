fn run_twice<F: Fn() -> usize>(f: F) -> usize {
    f() + f()
}

fn main() {
    let report = String::from("quarterly");
    let n = run_twice(|| {
        let r = report;
        r.len()
    });
    println!("{}", n);
}
