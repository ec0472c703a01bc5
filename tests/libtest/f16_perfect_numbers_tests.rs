// Nicomachus' classification of natural numbers: perfect, abundant, deficient.
use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Classification {
    Abundant,
    Perfect,
    Deficient,
}

impl fmt::Display for Classification {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Classification::Abundant => "abundant",
            Classification::Perfect => "perfect",
            Classification::Deficient => "deficient",
        };
        f.write_str(s)
    }
}

pub fn aliquot_sum(n: u64) -> u64 {
    if n < 2 {
        return 0;
    }
    let mut sum = 1;
    let mut i = 2;
    while i * i <= n {
        if n % i == 0 {
            sum += i;
            let other = n / i;
            if other != i {
                sum += other;
            }
        }
        i += 1;
    }
    sum
}

pub fn classify(n: u64) -> Option<Classification> {
    if n == 0 {
        return None;
    }
    let s = aliquot_sum(n);
    Some(match s.cmp(&n) {
        std::cmp::Ordering::Greater => Classification::Abundant,
        std::cmp::Ordering::Equal => Classification::Perfect,
        std::cmp::Ordering::Less => Classification::Deficient,
    })
}

pub fn perfect_numbers_up_to(limit: u64) -> Vec<u64> {
    (1..=limit).filter(|&n| classify(n) == Some(Classification::Perfect)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! check {
        ($n:expr, $class:ident) => {
            assert_eq!(classify($n), Some(Classification::$class), "classifying {}", $n)
        };
    }

    #[test]
    fn smallest_perfect() {
        check!(6, Perfect);
    }

    #[test]
    fn medium_perfect() {
        check!(28, Perfect);
        check!(496, Perfect);
    }

    #[test]
    fn abundant_numbers() {
        check!(12, Abundant);
        check!(30, Abundant);
        check!(33_550_335, Abundant);
    }

    #[test]
    fn deficient_numbers() {
        check!(2, Deficient);
        check!(4, Deficient);
        check!(32, Deficient);
        check!(1, Deficient);
    }

    #[test]
    fn zero_is_rejected() {
        assert!(classify(0).is_none());
    }

    #[test]
    fn display() {
        let labels: Vec<String> = [6, 12, 7].iter().map(|&n| classify(n).unwrap().to_string()).collect();
        assert_eq!(labels.join(","), "perfect,abundant,deficient");
    }

    #[test]
    fn perfect_below_ten_thousand() {
        assert_eq!(perfect_numbers_up_to(10_000), vec![6, 28, 496, 8128]);
    }

    #[test]
    #[ignore]
    fn large_perfect_number() {
        check!(33_550_336, Perfect);
    }

    #[test]
    #[ignore = "takes too long without --release"]
    fn search_to_forty_million() {
        assert_eq!(perfect_numbers_up_to(40_000_000).len(), 5);
    }
}
