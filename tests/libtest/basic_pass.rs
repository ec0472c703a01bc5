// A small library of arithmetic helpers with its unit tests, all passing.
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

pub fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

pub fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    println!("2 + 3 = {}", add(2, 3));
    println!("5! = {}", factorial(5));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_small_numbers() {
        assert_eq!(add(2, 3), 5);
        assert_eq!(add(-4, 4), 0);
    }

    #[test]
    fn factorial_of_zero_is_one() {
        assert_eq!(factorial(0), 1);
    }

    #[test]
    fn factorial_grows() {
        let values: Vec<u64> = (1..=6).map(factorial).collect();
        assert_eq!(values, vec![1, 2, 6, 24, 120, 720]);
    }

    #[test]
    fn primes_below_twenty() {
        let primes: Vec<u32> = (0..20).filter(|&n| is_prime(n)).collect();
        assert_eq!(primes, [2, 3, 5, 7, 11, 13, 17, 19]);
        assert!(!is_prime(1), "1 is not prime");
    }
}
