// Found by scripts/fuzz-vs-rustc.py (seed 7, m00074): `Send()` in a bound is E0658 (only the Fn traits take
// parenthesized arguments on stable Rust).
use std::thread;
fn run<F>(f: F) -> thread::JoinHandle<()>
where
    F: Send() + Send + 'static,
{
    thread::spawn(|| {})
}
fn main() {
    run(|| ()).join().unwrap();
}
