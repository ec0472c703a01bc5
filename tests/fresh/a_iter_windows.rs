// Temperature log analysis with windows, chunks, rev, peekable run-length grouping and position.
fn main() {
    let temps: Vec<i32> = vec![12, 14, 15, 15, 17, 21, 22, 22, 22, 19, 16, 13, 11, 11, 14, 18, 23, 25, 24, 20];

    let rising: usize = temps.windows(2).filter(|w| w[1] > w[0]).count();
    let falling = temps.windows(2).filter(|w| w[1] < w[0]).count();
    println!("rising {} falling {} flat {}", rising, falling, temps.len() - 1 - rising - falling);

    let moving: Vec<String> = temps.windows(3).map(|w| format!("{:.1}", w.iter().sum::<i32>() as f64 / 3.0)).collect();
    println!("3-day moving avg: {}", moving.join(" "));

    for (week, chunk) in temps.chunks(7).enumerate() {
        let hi = chunk.iter().max().unwrap();
        let lo = chunk.iter().min().unwrap();
        println!("week {}: {:?} hi {} lo {} range {}", week + 1, chunk, hi, lo, hi - lo);
    }

    let mut runs: Vec<(i32, usize)> = Vec::new();
    let mut it = temps.iter().peekable();
    while let Some(&t) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&&t) {
            it.next();
            n += 1;
        }
        runs.push((t, n));
    }
    let repeated: Vec<String> = runs.iter().filter(|r| r.1 > 1).map(|(t, n)| format!("{}x{}", t, n)).collect();
    println!("repeats: {}", repeated.join(", "));

    let peak = temps.iter().position(|&t| t == *temps.iter().max().unwrap());
    let last_cold = temps.iter().rposition(|&t| t < 13);
    println!("first peak at day {:?}, last cold day {:?}", peak, last_cold);

    let streak = temps
        .windows(2)
        .map(|w| w[1] > w[0])
        .fold((0, 0), |(best, cur), up| if up { (best.max(cur + 1), cur + 1) } else { (best, 0) })
        .0;
    println!("longest warming streak: {} days", streak);

    let recent: Vec<i32> = temps.iter().rev().take(5).rev().cloned().collect();
    println!("last five: {:?}", recent);
    let fahrenheit: Vec<String> = temps.iter().step_by(4).map(|&c| format!("{:.1}F", c as f64 * 9.0 / 5.0 + 32.0)).collect();
    println!("sampled in F: {:?}", fahrenheit);
    let (head, tail) = temps.split_at(10);
    let (a, b) = (head.iter().sum::<i32>(), tail.iter().sum::<i32>());
    println!("first half {} vs second half {} -> {}", a, b, if a > b { "cooling" } else { "warming" });
    let chart: String = temps.chunks_exact(4).map(|c| {
        let avg = c.iter().sum::<i32>() / 4;
        char::from(b'a' + (avg as u8 - 10))
    }).collect();
    println!("chart: {}", chart);
}
