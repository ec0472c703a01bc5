fn moving_average(data: &[f64], k: usize) -> Vec<f64> {
    data.windows(k).map(|w| w.iter().sum::<f64>() / k as f64).collect()
}

fn longest_increasing_run(data: &[i32]) -> &[i32] {
    let mut best = &data[..data.len().min(1)];
    let mut start = 0;
    for i in 1..=data.len() {
        if i == data.len() || data[i] <= data[i - 1] {
            if i - start > best.len() {
                best = &data[start..i];
            }
            start = i;
        }
    }
    best
}

fn checksum(bytes: &[u8]) -> u16 {
    bytes
        .chunks(2)
        .map(|c| match c {
            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
            [hi] => (*hi as u16) << 8,
            _ => unreachable!(),
        })
        .fold(0u16, |acc, w| acc.wrapping_add(w))
}

fn main() {
    let temps = [12.0, 14.5, 13.0, 17.5, 21.0, 19.5, 18.0];
    let avg: Vec<String> = moving_average(&temps, 3).iter().map(|x| format!("{x:.2}")).collect();
    println!("3-day averages: {}", avg.join(" "));
    let rises = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rises: {rises}");

    let series = [3, 4, 1, 2, 3, 4, 5, 2, 8, 9, 10, 11, 0];
    println!("longest run: {:?}", longest_increasing_run(&series));
    println!("longest run of []: {:?}", longest_increasing_run(&[]));

    let data: Vec<u32> = (1..=11).collect();
    for chunk in data.chunks(4) {
        print!("{chunk:?} ");
    }
    println!();
    for chunk in data.rchunks(4) {
        print!("{chunk:?} ");
    }
    println!();
    let exact = data.chunks_exact(3);
    println!("remainder of chunks_exact(3): {:?}", exact.remainder());
    let sums: Vec<u32> = data.chunks_exact(3).map(|c| c.iter().sum()).collect();
    println!("sums {sums:?}");

    let mut grid = [0u8; 12];
    for (i, row) in grid.chunks_mut(4).enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = (i * 10 + j) as u8;
        }
    }
    println!("grid {grid:?}");
    let (left, right) = grid.split_at_mut(6);
    left.swap(0, 5);
    right.reverse();
    println!("after split edits {grid:?}");
    println!("checksum {:#06x}", checksum(b"hello world"));

    let words = ["alpha", "beta", "", "gamma", "delta", "", "", "epsilon"];
    let groups: Vec<Vec<&str>> = words.split(|w| w.is_empty()).map(|g| g.to_vec()).collect();
    println!("split on empty: {groups:?}");
    if let [first, .., last] = words {
        println!("first {first} last {last}");
    }
    match &series[..] {
        [a, b, rest @ ..] if a < b => println!("starts rising {a}<{b}, {} more", rest.len()),
        _ => println!("no"),
    }
    let (head, tail) = series.split_first().unwrap();
    println!("head {head}, tail sum {}", tail.iter().sum::<i32>());
    println!("contains 9: {}, position of 5: {:?}", series.contains(&9), series.iter().position(|&x| x == 5));
    println!("starts_with [3,4]: {}, ends_with [0]: {}", series.starts_with(&[3, 4]), series.ends_with(&[0]));
    let pairs: Vec<(i32, i32)> = series.iter().zip(series.iter().skip(1)).map(|(a, b)| (*a, b - a)).take(4).collect();
    println!("diffs {pairs:?}");
    let mut v = series.to_vec();
    v.copy_within(0..3, 10);
    println!("copy_within {v:?}");
    let concat = [&series[..2], &series[10..]].concat();
    println!("concat {concat:?}");
    let joined = [[1, 2], [3, 4]].join(&0);
    println!("joined {joined:?}");
    println!("first/last: {:?} {:?} {:?}", series.first(), series.last(), series.get(99));
    let idx = series.iter().rposition(|&x| x == 2);
    println!("rposition of 2: {idx:?}");
}
