use std::ops::Range;
use std::sync::Arc;
use std::thread;

#[derive(Debug, Clone, Copy, PartialEq)]
struct RangeStats {
    min: i32,
    max: i32,
    sum: i64,
    above_threshold: usize,
}

fn stats(data: &[i32], threshold: i32) -> Option<RangeStats> {
    let first = *data.first()?;
    Some(data.iter().fold(
        RangeStats { min: first, max: first, sum: 0, above_threshold: 0 },
        |acc, &x| RangeStats {
            min: acc.min.min(x),
            max: acc.max.max(x),
            sum: acc.sum + x as i64,
            above_threshold: acc.above_threshold + (x > threshold) as usize,
        },
    ))
}

fn split_ranges(len: usize, parts: usize) -> Vec<Range<usize>> {
    let base = len / parts;
    let extra = len % parts;
    let mut start = 0;
    (0..parts)
        .map(|i| {
            let size = base + if i < extra { 1 } else { 0 };
            let r = start..start + size;
            start += size;
            r
        })
        .collect()
}

fn main() {
    let values: Vec<i32> = (0..1003).map(|i: i32| ((i * 37 + 11) % 251) - 125).collect();
    let data: Arc<[i32]> = Arc::from(values);
    let labels: Arc<[String]> = (0..4).map(|i| format!("segment-{}", (b'A' + i) as char)).collect();
    let title: Arc<str> = Arc::from("shared readings");

    println!("{}: {} values, strong={}", title, data.len(), Arc::strong_count(&data));

    let ranges = split_ranges(data.len(), labels.len());
    let handles: Vec<thread::JoinHandle<(String, Range<usize>, Option<RangeStats>)>> = ranges
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let data = Arc::clone(&data);
            let labels = Arc::clone(&labels);
            let title = Arc::clone(&title);
            thread::spawn(move || {
                let label = format!("{}/{}", title, labels[i]);
                let s = stats(&data[r.clone()], 100);
                (label, r, s)
            })
        })
        .collect();
    println!("strong count while workers may run: >= 1 ({})", Arc::strong_count(&data) >= 1);

    let mut combined: Option<RangeStats> = None;
    for h in handles {
        let (label, range, s) = h.join().unwrap();
        let s = s.expect("non-empty range");
        println!("{:<32} {:>4}..{:<4} min={:<5} max={:<4} sum={:<6} >100: {}", label, range.start, range.end, s.min, s.max, s.sum, s.above_threshold);
        combined = Some(match combined {
            None => s,
            Some(c) => RangeStats {
                min: c.min.min(s.min),
                max: c.max.max(s.max),
                sum: c.sum + s.sum,
                above_threshold: c.above_threshold + s.above_threshold,
            },
        });
    }
    let whole = stats(&data, 100);
    println!("combined == whole: {}", combined == whole);
    println!("combined: {:?}", combined.unwrap());
    println!("strong counts after join: data={} labels={} title={}", Arc::strong_count(&data), Arc::strong_count(&labels), Arc::strong_count(&title));

    // Sharing an Arc<[T]> among scoped threads without cloning the Arc.
    let histogram: Vec<usize> = thread::scope(|s| {
        let hs: Vec<_> = (0..5)
            .map(|bucket| {
                let d = &data;
                s.spawn(move || d.iter().filter(|&&x| (x + 125) as usize / 51 == bucket).count())
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("histogram of 5 buckets: {:?} (sum {})", histogram, histogram.iter().sum::<usize>());

    let boxed: Box<[u8]> = title.bytes().filter(|b| b.is_ascii_lowercase()).collect();
    let from_box: Arc<[u8]> = Arc::from(boxed);
    let t = {
        let fb = Arc::clone(&from_box);
        thread::spawn(move || fb.iter().map(|&b| b as u32).sum::<u32>())
    };
    println!("byte sum of lowercase title letters: {}", t.join().unwrap());
    println!("stats of empty slice: {:?}", stats(&data[0..0], 0));
    let v: Vec<String> = labels.iter().rev().cloned().collect();
    println!("labels reversed: {}", v.join(", "));
}
