use std::thread;
fn depth(n: u64) -> u64 { if n == 0 { 0 } else { 1 + depth(n - 1) } }
fn main() {
    let mut total = 0;
    for i in 0..2000u64 {
        total += thread::spawn(move || i * 2).join().unwrap();
    }
    println!("{total}");
    let h = thread::spawn(|| depth(1_000_000));
    println!("{}", h.join().unwrap());
}
