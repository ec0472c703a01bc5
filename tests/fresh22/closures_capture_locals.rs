// Closures capturing locals by shared and by mutable reference.
fn apply_n<F: FnMut(u32)>(n: u32, mut f: F) {
    for i in 0..n {
        f(i);
    }
}

fn compute<F: Fn(i64) -> i64>(xs: &[i64], f: F) -> Vec<i64> {
    xs.iter().map(|&x| f(x)).collect()
}

fn main() {
    let factor = 3i64;
    let offset = -2i64;
    let scale = |v: i64| v * factor + offset; // captures by &
    let data = [1i64, 2, 3, 4, 5, 6];
    let scaled = compute(&data, scale);
    println!("scaled = {:?}", scaled);
    println!("factor still usable: {}", factor);

    let mut total = 0u32;
    let mut log: Vec<String> = Vec::new();
    {
        let mut add = |v: u32| {
            total += v; // captures total by &mut
            log.push(format!("add {} -> {}", v, total));
        };
        for v in [5, 10, 15] {
            add(v);
        }
        add(100);
    }
    println!("total = {}", total);
    for line in &log {
        println!("  {}", line);
    }

    let mut squares = Vec::new();
    apply_n(8, |i| squares.push(i * i));
    println!("squares = {:?}", squares);

    let mut max_seen = 0u32;
    let mut count_odd = 0;
    apply_n(10, |i| {
        let v = (i * 7 + 3) % 11;
        if v > max_seen {
            max_seen = v;
        }
        if v % 2 == 1 {
            count_odd += 1;
        }
    });
    println!("max_seen = {}, count_odd = {}", max_seen, count_odd);

    // Closure that both reads one local and mutates another.
    let limits = [3, 6, 9];
    let mut hits = [0u32; 3];
    let mut classify = |x: u32| {
        for (k, lim) in limits.iter().enumerate() {
            if x < *lim {
                hits[k] += 1;
                return k;
            }
        }
        limits.len()
    };
    let classes: Vec<usize> = (0..12).map(|x| classify(x)).collect();
    println!("classes = {:?}", classes);
    println!("hits = {:?}", hits);

    // move closure copying a local, original still usable (Copy type).
    let base = 1000u32;
    let adder = move |x: u32| x + base;
    println!("adder(5)={} adder(6)={} base={}", adder(5), adder(6), base);

    // Nested closures capturing the same local by reference.
    let words = ["alpha", "beta", "gamma", "delta"];
    let longer_than = |n: usize| words.iter().filter(move |w| w.len() > n).count();
    for n in 3..6 {
        println!("words longer than {}: {}", n, longer_than(n));
    }
}
