// A closure that owns values drops them when it is dropped; an FnOnce closure gives them up when
// called.
struct Noisy(&'static str);

impl Noisy {
    fn label(&self) -> &'static str { self.0 }
}

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
    // (using the whole value: a closure naming only `owned.0` would capture that field alone)
    let holder = move || println!("holding {}", owned.label());
    holder();
    drop(holder);
    println!("before the end of main");
    let consumed = Noisy("consumed");
    run_once(move || {
        let inner = consumed;
        println!("took {}", inner.0);
    });
    println!("end of main");
}
