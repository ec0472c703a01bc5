// Prime utilities: sieve, take_while, skip_while, step_by, windows for twin primes, factorisation.
fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            for j in (i * i..=limit).step_by(i) {
                is_prime[j] = false;
            }
        }
        i += 1;
    }
    is_prime.iter().enumerate().filter(|(_, p)| **p).map(|(i, _)| i).collect()
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut out: Vec<(u64, u32)> = Vec::new();
    let mut d = 2;
    while d * d <= n {
        while n % d == 0 {
            match out.last_mut() {
                Some((p, e)) if *p == d => *e += 1,
                _ => out.push((d, 1)),
            }
            n /= d;
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn show_factors(f: &[(u64, u32)]) -> String {
    f.iter()
        .map(|&(p, e)| if e == 1 { p.to_string() } else { format!("{}^{}", p, e) })
        .collect::<Vec<_>>()
        .join(" * ")
}

fn main() {
    let primes = sieve(200);
    println!("{} primes below 200; last five {:?}", primes.len(), &primes[primes.len() - 5..]);
    let small: Vec<_> = primes.iter().take_while(|&&p| p < 30).collect();
    println!("under 30: {:?}", small);
    let after_150: Vec<_> = primes.iter().skip_while(|&&p| p < 150).copied().collect();
    println!("from 150: {:?}", after_150);
    let twins: Vec<(usize, usize)> = primes.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin pairs: {} first {:?} last {:?}", twins.len(), twins.first(), twins.last());
    let gaps = primes.windows(2).map(|w| w[1] - w[0]);
    let (gap_at, max_gap) = gaps.enumerate().max_by_key(|&(i, g)| (g, std::cmp::Reverse(i))).unwrap();
    println!("largest gap {} after {}", max_gap, primes[gap_at]);
    let every_10th: Vec<_> = primes.iter().step_by(10).collect();
    println!("every 10th: {:?}", every_10th);
    let sum_sq: usize = primes.iter().take(10).map(|p| p * p).sum();
    let product: u64 = primes.iter().take(10).map(|&p| p as u64).product();
    println!("sum of squares of first 10: {}, primorial: {}", sum_sq, product);

    for n in [360u64, 97, 1_000_001, 600_851_475_143, 1024] {
        println!("{:>13} = {}", n, show_factors(&factorize(n)));
    }
    let goldbach: Vec<String> = (4..=30)
        .step_by(2)
        .map(|n| {
            let p = primes.iter().find(|&&p| primes.binary_search(&(n - p)).is_ok()).unwrap();
            format!("{}={}+{}", n, p, n - p)
        })
        .collect();
    println!("{}", goldbach.join(" "));
}
