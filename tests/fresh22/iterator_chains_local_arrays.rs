// Iterator chains over local arrays, borrowing elements by reference.
#[derive(Debug)]
struct Reading {
    sensor: u8,
    value: i32,
}

fn main() {
    let temps = [12, 15, 9, 22, 30, 18, 7, 25];
    let weights = [1, 2, 1, 3, 1, 2, 2, 1];

    let evens: Vec<&i32> = temps.iter().filter(|t| **t % 2 == 0).collect();
    println!("even temps = {:?}", evens);

    let weighted: i32 = temps.iter().zip(weights.iter()).map(|(t, w)| t * w).sum();
    let wsum: i32 = weights.iter().sum();
    println!("weighted sum = {}, weight total = {}, avg*100 = {}", weighted, wsum, weighted * 100 / wsum);

    let max = temps.iter().copied().max().unwrap();
    let min_pos = temps.iter().enumerate().min_by_key(|(_, t)| **t).map(|(i, _)| i).unwrap();
    println!("max = {}, position of min = {}", max, min_pos);

    for w in temps.windows(3) {
        let avg = w.iter().sum::<i32>() as f64 / 3.0;
        println!("window {:?} avg {:.3}", w, avg);
    }

    for (i, chunk) in temps.chunks(3).enumerate() {
        println!("chunk {} = {:?} rev = {:?}", i, chunk, chunk.iter().rev().collect::<Vec<_>>());
    }

    let readings = [
        Reading { sensor: 1, value: 40 },
        Reading { sensor: 2, value: -5 },
        Reading { sensor: 1, value: 44 },
        Reading { sensor: 3, value: 0 },
        Reading { sensor: 2, value: 8 },
    ];
    for s in 1..=3u8 {
        let mine: Vec<&Reading> = readings.iter().filter(|r| r.sensor == s).collect();
        let total: i32 = mine.iter().map(|r| r.value).sum();
        println!("sensor {}: {} readings, total {}, {:?}", s, mine.len(), total, mine);
    }

    let positive_first = readings.iter().position(|r| r.value > 0);
    let any_zero = readings.iter().any(|r| r.value == 0);
    let all_small = readings.iter().all(|r| r.value < 100);
    println!("first positive at {:?}, any zero {}, all small {}", positive_first, any_zero, all_small);

    let mut doubled = temps;
    doubled.iter_mut().for_each(|t| *t *= 2);
    println!("doubled = {:?}", doubled);
    println!("original = {:?}", temps);

    let running: Vec<i32> = temps
        .iter()
        .scan(0, |acc, &t| {
            *acc += t;
            Some(*acc)
        })
        .collect();
    println!("running sums = {:?}", running);

    let folded = temps.iter().fold(String::new(), |mut s, t| {
        if !s.is_empty() {
            s.push('-');
        }
        s.push_str(&t.to_string());
        s
    });
    println!("folded = {}", folded);

    let mut sorted = temps;
    sorted.sort_unstable();
    let median = (sorted[3] + sorted[4]) as f64 / 2.0;
    println!("sorted = {:?}, median = {}", sorted, median);

    let pairs: Vec<(i32, i32)> = sorted.iter().step_by(2).zip(sorted.iter().skip(1).step_by(2)).map(|(a, b)| (*a, *b)).collect();
    println!("pairs = {:?}", pairs);
    let flat: Vec<i32> = pairs.iter().flat_map(|&(a, b)| [b, a]).collect();
    println!("flat swapped = {:?}", flat);
    let last_two: Vec<_> = flat.iter().rev().take(2).collect();
    println!("last two = {:?}", last_two);
}
