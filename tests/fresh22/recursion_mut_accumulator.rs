// Recursion passing &mut accumulators, up to depth 2000.
#[derive(Debug, Default)]
struct Stats {
    calls: u32,
    max_depth: u32,
    sum: u64,
}

fn sum_down(n: u64, acc: &mut u64) {
    if n == 0 {
        return;
    }
    *acc += n;
    sum_down(n - 1, acc);
}

fn collatz_len(mut n: u64, depth: u32, stats: &mut Stats) -> u32 {
    stats.calls += 1;
    if depth > stats.max_depth {
        stats.max_depth = depth;
    }
    if n == 1 {
        return depth;
    }
    n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    stats.sum += n;
    collatz_len(n, depth + 1, stats)
}

fn digits(n: u32, out: &mut Vec<u32>) {
    if n >= 10 {
        digits(n / 10, out);
    }
    out.push(n % 10);
}

fn fill_path(depth: usize, limit: usize, path: &mut [u16; 2001], local_marker: &u16) {
    // Each frame has its own local; the callee receives a reference to it.
    let mine: u16 = (depth % 97) as u16 + *local_marker % 3;
    path[depth] = mine;
    if depth < limit {
        fill_path(depth + 1, limit, path, &mine);
    }
}

fn permutations(items: &mut Vec<char>, k: usize, out: &mut Vec<String>) {
    if k == items.len() {
        out.push(items.iter().collect());
        return;
    }
    for i in k..items.len() {
        items.swap(k, i);
        permutations(items, k + 1, out);
        items.swap(k, i);
    }
}

fn main() {
    let mut total = 0u64;
    sum_down(2000, &mut total);
    println!("sum 1..=2000 = {} (expected {})", total, 2000u64 * 2001 / 2);

    let mut stats = Stats::default();
    for start in [6u64, 7, 27, 97, 871] {
        let len = collatz_len(start, 0, &mut stats);
        println!("collatz({}) steps = {}", start, len);
    }
    println!("stats = {:?}", stats);

    let mut ds = Vec::new();
    digits(9_081_726, &mut ds);
    println!("digits = {:?}", ds);

    let mut path = [0u16; 2001];
    let seed: u16 = 5;
    fill_path(0, 2000, &mut path, &seed);
    let checksum: u64 = path.iter().enumerate().map(|(i, &v)| (i as u64 + 1) * v as u64).sum();
    println!("path[0..8] = {:?}", &path[..8]);
    println!("path[1995..] = {:?}", &path[1995..]);
    println!("path checksum = {}", checksum);

    let mut items = vec!['a', 'b', 'c', 'd'];
    let mut perms = Vec::new();
    permutations(&mut items, 0, &mut perms);
    perms.sort();
    println!("{} permutations; first 6 = {:?}", perms.len(), &perms[..6]);
    println!("last = {:?}; items restored = {:?}", perms.last().unwrap(), items);
}
