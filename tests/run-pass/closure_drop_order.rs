// A closure that owns values drops them when it is dropped; an FnOnce closure gives them up when
// called.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run_once<F: FnOnce()>(f: F) {
    println!("calling");
    f();
    println!("called");
}

fn main() {
    let kept = Noisy("kept");
    let borrowed = || println!("borrowing {}", kept.0);
    borrowed();
    let owned = Noisy("owned");
    let holder = move || println!("holding {}", owned.0);
    holder();
    println!("before the end of main");
    let consumed = Noisy("consumed");
    run_once(move || {
        let inner = consumed;
        println!("took {}", inner.0);
    });
    println!("end of main");
}
