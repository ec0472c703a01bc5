// Mutable slicing: split_at_mut, chunks_mut, iter_mut, swap and get_mut.
fn bump_pairs(v: &mut [i32]) {
    let mid = v.len() / 2;
    let (left, right) = v.split_at_mut(mid);
    for (a, b) in left.iter_mut().zip(right.iter_mut().rev()) {
        let sum = *a + *b;
        *a = sum;
        *b -= 1;
    }
}

fn max_ref(v: &mut [i32]) -> Option<&mut i32> {
    let mut best: Option<&mut i32> = None;
    for x in v.iter_mut() {
        match &best {
            Some(b) if **b >= *x => {}
            _ => best = Some(x),
        }
    }
    best
}

fn prefix_sums(chunk: &mut [i32]) -> i32 {
    let mut running = 0;
    for x in chunk.iter_mut() {
        running += *x;
        *x = running;
    }
    running
}

fn rotate_halves<T: Clone>(v: &mut Vec<T>) {
    let n = v.len();
    let (a, b) = v.split_at_mut(n / 2);
    let k = a.len().min(b.len());
    a[..k].swap_with_slice(&mut b[..k]);
}

fn main() {
    let mut v: Vec<i32> = (1..=10).collect();
    bump_pairs(&mut v);
    println!("after bump_pairs: {:?}", v);

    if let Some(m) = max_ref(&mut v) {
        *m *= 100;
    }
    println!("after max*100: {:?}", v);

    let mut totals = Vec::new();
    for chunk in v.chunks_mut(3) {
        totals.push(prefix_sums(chunk));
    }
    println!("chunk prefix sums: {:?} totals {:?}", v, totals);

    let mut grid = vec![0u8; 12];
    for (r, row) in grid.chunks_exact_mut(4).enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 4 + c) as u8;
        }
        row.reverse();
    }
    println!("grid: {:?}", grid);

    if let Some(x) = grid.get_mut(5) {
        *x = 99;
    }
    let (head, tail) = grid.split_at_mut(6);
    std::mem::swap(&mut head[0], &mut tail[0]);
    head.last_mut().map(|x| *x += 1);
    println!("grid after swaps: {:?}", grid);

    let mut words: Vec<String> = "one two three four five".split(' ').map(String::from).collect();
    rotate_halves(&mut words);
    println!("rotated: {:?}", words);
    for w in words.iter_mut().filter(|w| w.len() > 3) {
        w.make_ascii_uppercase();
    }
    println!("upper long: {:?}", words);

    let mut odd_sum = 0;
    let mut even_sum = 0;
    let (evens, odds): (Vec<&mut i32>, Vec<&mut i32>) = v.iter_mut().partition(|x| **x % 2 == 0);
    for e in evens {
        even_sum += *e;
        *e /= 2;
    }
    for o in odds {
        odd_sum += *o;
        *o = -*o;
    }
    println!("even_sum={} odd_sum={} v={:?}", even_sum, odd_sum, v);
}
