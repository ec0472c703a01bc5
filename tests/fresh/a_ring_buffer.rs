// Fixed-capacity ring buffer keeping the last N sensor readings; moving average and Display.
use std::fmt;

struct Ring<T, const N: usize> {
    buf: [Option<T>; N],
    head: usize,
    len: usize,
}

impl<T: Copy, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { buf: [None; N], head: 0, len: 0 }
    }

    fn push(&mut self, x: T) -> Option<T> {
        let idx = (self.head + self.len) % N;
        if self.len == N {
            let old = self.buf[self.head].replace(x);
            self.head = (self.head + 1) % N;
            old
        } else {
            self.buf[idx] = Some(x);
            self.len += 1;
            None
        }
    }

    fn iter(&self) -> impl Iterator<Item = T> + '_ {
        (0..self.len).filter_map(move |i| self.buf[(self.head + i) % N])
    }
}

impl<T: Copy + fmt::Display, const N: usize> fmt::Display for Ring<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<String> = self.iter().map(|x| format!("{:5.1}", x)).collect();
        write!(f, "({}/{}) {}", self.len, N, items.join(" "))
    }
}

fn average(r: &Ring<f64, 4>) -> Option<f64> {
    if r.len == 0 {
        return None;
    }
    Some(r.iter().sum::<f64>() / r.len as f64)
}

fn main() {
    let readings = [20.5, 21.0, 22.5, 35.0, 23.0, 22.0, 21.5, -4.0, 20.0, 20.5];
    let mut ring: Ring<f64, 4> = Ring::new();
    println!("empty avg: {:?}", average(&ring));
    for (t, &r) in readings.iter().enumerate() {
        let evicted = ring.push(r);
        let avg = average(&ring).unwrap();
        let flag = if (r - avg).abs() > 8.0 { " <-- spike" } else { "" };
        println!("t{:<2} {:<32} avg {:6.2}{}{}", t, ring.to_string(), avg,
            evicted.map(|e| format!(" (dropped {})", e)).unwrap_or_default(), flag);
    }
    let min = ring.iter().fold(f64::INFINITY, f64::min);
    let max = ring.iter().fold(f64::NEG_INFINITY, f64::max);
    println!("last window min={} max={} spread={:.1}", min, max, max - min);

    let mut words: Ring<&str, 3> = Ring::new();
    for w in "one two three four five".split(' ') {
        words.push(w);
    }
    println!("last three words: {:?}", words.iter().collect::<Vec<_>>());
}
