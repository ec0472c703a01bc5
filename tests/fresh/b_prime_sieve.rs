struct Sieve {
    is_prime: Vec<bool>,
}

impl Sieve {
    fn new(limit: usize) -> Self {
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
        Sieve { is_prime }
    }

    fn primes(&self) -> impl Iterator<Item = usize> + '_ {
        self.is_prime.iter().enumerate().filter(|(_, p)| **p).map(|(i, _)| i)
    }

    fn factorize(&self, mut n: usize) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        for p in self.primes() {
            if p * p > n {
                break;
            }
            let mut e = 0;
            while n % p == 0 {
                n /= p;
                e += 1;
            }
            if e > 0 {
                out.push((p, e));
            }
        }
        if n > 1 {
            out.push((n, 1));
        }
        out
    }
}

fn nth_prime(n: usize) -> Option<u64> {
    (2u64..).filter(|&k| (2..).take_while(|d| d * d <= k).all(|d| k % d != 0)).nth(n)
}

fn main() {
    let s = Sieve::new(100);
    let ps: Vec<usize> = s.primes().collect();
    println!("{} primes below 100: {:?}", ps.len(), ps);
    let big = Sieve::new(100_000);
    println!("pi(100000) = {}", big.primes().count());
    println!("largest below 100000: {:?}", big.primes().last());
    let twins: Vec<(usize, usize)> = ps.windows(2).filter(|w| w[1] - w[0] == 2).map(|w| (w[0], w[1])).collect();
    println!("twin primes: {:?}", twins);
    for n in [360, 97, 1001, 65536, 99991, 2 * 3 * 5 * 7 * 11 * 13] {
        let f = big.factorize(n);
        let text: Vec<String> = f.iter().map(|&(p, e)| if e == 1 { p.to_string() } else { format!("{}^{}", p, e) }).collect();
        println!("{} = {}", n, text.join(" * "));
    }
    println!("nth_prime(0) = {:?}, nth_prime(10000) = {:?}", nth_prime(0), nth_prime(10000));
    let goldbach = (4..=30).step_by(2).map(|n| {
        let p = ps.iter().find(|&&p| s.is_prime[n - p]).unwrap();
        format!("{}={}+{}", n, p, n - p)
    }).collect::<Vec<_>>();
    println!("{}", goldbach.join(" "));
    let gap = big.primes().collect::<Vec<_>>().windows(2).map(|w| (w[1] - w[0], w[0])).max().unwrap();
    println!("largest gap below 100000: {} after {}", gap.0, gap.1);
}
