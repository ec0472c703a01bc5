use std::iter;

fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let root = limit.isqrt();
    for i in 2..=root {
        if is_prime[i] {
            for j in (i * i..=limit).step_by(i) {
                is_prime[j] = false;
            }
        }
    }
    is_prime.iter().enumerate().filter(|&(_, &p)| p).map(|(i, _)| i).collect()
}

fn prime_factors(mut n: u64) -> Vec<u64> {
    let mut factors = Vec::new();
    let mut d = 2;
    while d * d <= n {
        while n % d == 0 {
            factors.push(d);
            n /= d;
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        factors.push(n);
    }
    factors
}

fn grouped(factors: &[u64]) -> Vec<(u64, u32)> {
    let mut out: Vec<(u64, u32)> = Vec::new();
    for &f in factors {
        match out.last_mut() {
            Some((p, k)) if *p == f => *k += 1,
            _ => out.push((f, 1)),
        }
    }
    out
}

fn nth_prime(n: usize) -> u32 {
    let mut candidates = (2u32..).filter(|&c| (2..).take_while(|d| d * d <= c).all(|d| c % d != 0));
    candidates.nth(n).unwrap()
}

fn primes_iter() -> impl Iterator<Item = u64> {
    let mut found: Vec<u64> = Vec::new();
    iter::successors(Some(2u64), |&p| Some(p + 1)).filter(move |&c| {
        if found.iter().take_while(|&&p| p * p <= c).all(|&p| c % p != 0) {
            found.push(c);
            true
        } else {
            false
        }
    })
}

fn main() {
    let small = sieve(60);
    println!("primes <= 60: {:?}", small);
    println!("count up to 10_000: {}", sieve(10_000).len());
    println!("sieve(1) = {:?}, sieve(2) = {:?}", sieve(1), sieve(2));

    let twins: Vec<(usize, usize)> = small.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin primes: {:?}", twins);

    for n in [1u64, 2, 12, 60, 97, 901_255, 93_819_012_551, 600_851_475_143, 1 << 40] {
        let f = prime_factors(n);
        let pretty: Vec<String> = grouped(&f)
            .iter()
            .map(|&(p, k)| if k == 1 { p.to_string() } else { format!("{}^{}", p, k) })
            .collect();
        let product: u64 = f.iter().product();
        println!("{:>15} = {:<24} check={}", n, pretty.join(" * "), product == n || n == 1);
    }

    for n in [0, 1, 5, 99, 1000] {
        println!("prime #{} (0-based) = {}", n, nth_prime(n));
    }

    let first: Vec<u64> = primes_iter().take(15).collect();
    println!("lazy primes: {:?}", first);
    let sum_below_2000: u64 = primes_iter().take_while(|&p| p < 2000).sum();
    println!("sum of primes below 2000: {}", sum_below_2000);

    let primorial: u128 = primes_iter().take(25).map(u128::from).product();
    println!("primorial of first 25 primes: {}", primorial);
    println!("  bits needed: {}, leading zeros: {}", 128 - primorial.leading_zeros(), primorial.leading_zeros());
    println!("  as f64: {:e}", primorial as f64);

    let gaps = primes_iter().take(200).collect::<Vec<_>>();
    let max_gap = gaps.windows(2).map(|w| (w[1] - w[0], w[0])).max();
    println!("max gap among first 200 primes: {:?}", max_gap);
    let mersenne: Vec<u32> = (2..32).filter(|&e| prime_factors((1u64 << e) - 1).len() == 1).collect();
    println!("Mersenne exponents < 32: {:?}", mersenne);
    assert_eq!(prime_factors(8), vec![2, 2, 2]);
}
