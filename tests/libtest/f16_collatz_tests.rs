// Collatz conjecture: count the steps needed to reach 1.
use std::collections::HashMap;

pub fn collatz(n: u64) -> Option<u64> {
    if n == 0 {
        return None;
    }
    let mut steps = 0;
    let mut x = n;
    while x != 1 {
        x = if x % 2 == 0 { x / 2 } else { x.checked_mul(3)?.checked_add(1)? };
        steps += 1;
    }
    Some(steps)
}

pub fn steps_or_panic(n: u64) -> u64 {
    collatz(n).unwrap_or_else(|| panic!("collatz is undefined for {}", n))
}

/// Memoising solver; the cache is a HashMap but we never iterate over it.
#[derive(Default)]
pub struct CachedCollatz {
    cache: HashMap<u64, u64>,
    hits: usize,
}

impl CachedCollatz {
    pub fn steps(&mut self, n: u64) -> u64 {
        if n == 1 {
            return 0;
        }
        if let Some(&s) = self.cache.get(&n) {
            self.hits += 1;
            return s;
        }
        let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        let s = 1 + self.steps(next);
        self.cache.insert(n, s);
        s
    }

    pub fn longest_below(&mut self, limit: u64) -> (u64, u64) {
        (1..limit)
            .map(|n| (n, self.steps(n)))
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .unwrap_or((0, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_steps_for_one() {
        assert_eq!(collatz(1), Some(0));
    }

    #[test]
    fn divide_if_even() {
        assert_eq!(collatz(16), Some(4));
    }

    #[test]
    fn even_and_odd_steps() {
        assert_eq!(collatz(12), Some(9));
        assert_eq!(collatz(1_000_000), Some(152));
    }

    #[test]
    fn zero_is_an_error() {
        assert_eq!(collatz(0), None);
    }

    #[test]
    fn overflow_is_none() {
        assert_eq!(collatz(u64::MAX), None);
    }

    #[test]
    #[should_panic(expected = "collatz is undefined for 0")]
    fn panics_on_zero() {
        steps_or_panic(0);
    }

    #[test]
    fn cache_agrees_with_direct() -> Result<(), String> {
        let mut c = CachedCollatz::default();
        for n in 1..200 {
            let direct = collatz(n).ok_or(format!("no result for {}", n))?;
            let cached = c.steps(n);
            if direct != cached {
                return Err(format!("mismatch at {}: {} vs {}", n, direct, cached));
            }
        }
        assert!(c.hits > 0, "the cache should have been used");
        Ok(())
    }

    #[test]
    fn longest_chain_below_ten_is_expected_to_be_seven() -> Result<(), String> {
        let mut c = CachedCollatz::default();
        let (n, steps) = c.longest_below(10);
        if n != 7 {
            return Err(format!("longest chain below 10 starts at {} ({} steps), not 7", n, steps));
        }
        Ok(())
    }

    #[test]
    #[ignore = "slow: walks a million starting values"]
    fn longest_below_one_million() {
        let mut c = CachedCollatz::default();
        assert_eq!(c.longest_below(1_000_000), (837_799, 524));
    }
}
