// Sorting 1 million integers (heap sort written out, on a Vec filled by a linear congruential generator).
fn sift_down(v: &mut Vec<u64>, start: usize, end: usize) {
    let mut root = start;
    loop {
        let mut child = 2 * root + 1;
        if child > end { break; }
        if child < end && v[child] < v[child + 1] { child += 1; }
        if v[root] < v[child] {
            let t = v[root];
            v[root] = v[child];
            v[child] = t;
            root = child;
        } else {
            break;
        }
    }
}

fn main() {
    let n: usize = 1_000_000;
    let mut v: Vec<u64> = Vec::with_capacity(n);
    let mut x: u64 = 42;
    for _ in 0..n {
        x = (x * 1103515245 + 12345) % 2147483648;
        v.push(x);
    }
    let mut start = (n - 2) / 2;
    loop {
        sift_down(&mut v, start, n - 1);
        if start == 0 { break; }
        start -= 1;
    }
    let mut end = n - 1;
    while end > 0 {
        let t = v[0];
        v[0] = v[end];
        v[end] = t;
        end -= 1;
        sift_down(&mut v, 0, end);
    }
    let mut sorted = true;
    for i in 1..n {
        if v[i - 1] > v[i] { sorted = false; }
    }
    println!("sorted: {} min {} max {}", sorted, v[0], v[n - 1]);
}
