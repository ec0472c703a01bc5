// A watchdog that reports the process id then aborts.
use std::process;

fn main() {
    let id = process::id();
    println!("id is positive: {}", id > 0);
    println!("aborting");
    process::abort();
}
