/// Finds, for each day, how many days since the last warmer day.
fn days_since_warmer(temps: &[i32]) -> Vec<usize> {
    let mut result = Vec::with_capacity(temps.len());
    for i in 0..temps.len() {
        let mut j = i;
        // walks backwards; forgets that j can reach 0
        loop {
            j -= 1;
            if temps[j] > temps[i] {
                break;
            }
        }
        result.push(i - j);
    }
    result
}

fn main() {
    let safe = [30, 25, 20, 22, 21];
    println!("warmest first: {:?}", &safe);
    let diffs: Vec<i32> = safe.windows(2).map(|w| w[1] - w[0]).collect();
    println!("daily change: {diffs:?}");
    let tail = &safe[1..];
    println!("days since warmer (from day 1): {:?}", days_since_warmer_from(&safe, 1));
    println!("tail len {}", tail.len());
    println!("full: {:?}", days_since_warmer(&safe));
}

fn days_since_warmer_from(temps: &[i32], start: usize) -> Vec<usize> {
    (start..temps.len())
        .map(|i| (0..i).rev().find(|&j| temps[j] > temps[i]).map_or(0, |j| i - j))
        .collect()
}
