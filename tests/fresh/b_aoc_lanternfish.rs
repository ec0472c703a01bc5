const INITIAL: &str = "3,4,3,1,2";

fn simulate(timers: &[usize], days: u32) -> u64 {
    let mut counts = [0u64; 9];
    for &t in timers {
        counts[t] += 1;
    }
    for _ in 0..days {
        counts.rotate_left(1);
        counts[6] += counts[8];
    }
    counts.iter().sum()
}

fn naive(timers: &[usize], days: u32) -> usize {
    let mut fish: Vec<u8> = timers.iter().map(|&t| t as u8).collect();
    for day in 1..=days {
        let mut born = 0;
        for f in fish.iter_mut() {
            if *f == 0 {
                *f = 6;
                born += 1;
            } else {
                *f -= 1;
            }
        }
        fish.extend(std::iter::repeat(8).take(born));
        if day <= 5 {
            let s: Vec<String> = fish.iter().map(u8::to_string).collect();
            println!("After {:2} day{}: {}", day, if day == 1 { " " } else { "s" }, s.join(","));
        }
    }
    fish.len()
}

fn main() {
    let timers: Vec<usize> = INITIAL.trim().split(',').map(|s| s.parse().unwrap()).collect();
    println!("Initial state: {:?}", timers);
    let n18 = naive(&timers, 18);
    println!("naive after 18 days: {}", n18);
    assert_eq!(n18 as u64, simulate(&timers, 18));
    for days in [18, 80, 256] {
        println!("after {:>3} days: {}", days, simulate(&timers, days));
    }
}
