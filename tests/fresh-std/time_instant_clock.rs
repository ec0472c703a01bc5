use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn busy_steps(n: u64) -> u64 {
    (0..n).fold(0u64, |acc, x| acc.wrapping_mul(31).wrapping_add(x))
}

fn main() {
    let start = Instant::now();
    let checksum = busy_steps(1000);
    println!("checksum {checksum}");
    thread::sleep(Duration::from_millis(30));
    let after_sleep = Instant::now();
    let slept = after_sleep.duration_since(start);
    println!("slept at least 30ms: {}", slept >= Duration::from_millis(30));
    println!("elapsed grows: {}", start.elapsed() >= slept);
    println!("earlier minus later saturates: {:?}", start.duration_since(after_sleep));
    println!("checked: {:?}", start.checked_duration_since(after_sleep));
    println!("saturating: {:?}", start.saturating_duration_since(after_sleep));
    let deadline = start + Duration::from_millis(100);
    println!("deadline after start: {}", deadline > start);
    println!("deadline - 100ms == start: {}", deadline - Duration::from_millis(100) == start);
    println!("deadline - start = {:?}", deadline - start);
    let mut t = start;
    t += Duration::from_secs(1);
    t -= Duration::from_millis(250);
    println!("moved {:?}", t - start);
    println!("checked_add MAX: {:?}", start.checked_add(Duration::MAX).is_none());
    println!("checked_sub small: {}", start.checked_sub(Duration::from_nanos(1)).is_some());

    // sleeping until a deadline in a loop
    let mut ticks = 0;
    let tick_start = Instant::now();
    while tick_start.elapsed() < Duration::from_millis(50) {
        thread::sleep(Duration::from_millis(10));
        ticks += 1;
    }
    println!("ticks between 1 and 5: {}", ticks >= 1 && ticks <= 5);

    let now = SystemTime::now();
    let since_epoch = now.duration_since(UNIX_EPOCH).unwrap();
    println!("after 2020: {}", since_epoch > Duration::from_secs(1_577_836_800));
    println!("epoch constant: {}", SystemTime::UNIX_EPOCH == UNIX_EPOCH);
    let err = UNIX_EPOCH.duration_since(now).unwrap_err();
    println!("error: {err}; same size: {}", err.duration() == since_epoch);
    let later = UNIX_EPOCH + Duration::from_secs(86_400);
    println!("{:?}", later);
    println!("{:?}", later.duration_since(UNIX_EPOCH));
    println!("{:?}", (later - Duration::new(0, 500)).duration_since(UNIX_EPOCH));
    println!("{:?}", UNIX_EPOCH.checked_sub(Duration::from_secs(1)).map(|t| t.duration_since(UNIX_EPOCH).is_err()));
    println!("elapsed ok: {}", UNIX_EPOCH.elapsed().is_ok());
    println!("sizes {} {}", std::mem::size_of::<Instant>(), std::mem::size_of::<SystemTime>());
}
