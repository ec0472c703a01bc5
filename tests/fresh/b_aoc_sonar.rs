const DEPTHS: &str = "199
200
208
210
200
207
240
269
260
263";

fn count_increases(values: &[i64]) -> usize {
    values.windows(2).filter(|w| w[1] > w[0]).count()
}

fn main() {
    let depths: Vec<i64> = DEPTHS
        .lines()
        .map(str::trim)
        .map(|s| s.parse::<i64>())
        .collect::<Result<Vec<_>, _>>()
        .expect("all lines are numbers");

    println!("readings: {}", depths.len());
    println!("part 1: {}", count_increases(&depths));

    let sums: Vec<i64> = depths.windows(3).map(|w| w.iter().sum()).collect();
    println!("window sums: {:?}", sums);
    println!("part 2: {}", count_increases(&sums));

    let (min, max) = depths
        .iter()
        .fold((i64::MAX, i64::MIN), |(lo, hi), &d| (lo.min(d), hi.max(d)));
    println!("range: {}..={} (span {})", min, max, max - min);

    let labels: Vec<String> = depths
        .iter()
        .zip(depths.iter().skip(1))
        .map(|(a, b)| match b.cmp(a) {
            std::cmp::Ordering::Greater => format!("{} (increased)", b),
            std::cmp::Ordering::Less => format!("{} (decreased)", b),
            std::cmp::Ordering::Equal => format!("{} (no change)", b),
        })
        .collect();
    println!("{} (N/A - no previous measurement)", depths[0]);
    for l in labels {
        println!("{}", l);
    }
}
