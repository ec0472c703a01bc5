// Armstrong numbers: a number equal to the sum of its digits each raised
// to the power of the number of digits.

pub fn digits(n: u64) -> Vec<u32> {
    if n == 0 {
        return vec![0];
    }
    let mut v = Vec::new();
    let mut m = n;
    while m > 0 {
        v.push((m % 10) as u32);
        m /= 10;
    }
    v.reverse();
    v
}

pub fn is_armstrong_number(n: u64) -> bool {
    let ds = digits(n);
    let power = ds.len() as u32;
    let sum: u64 = ds.iter().map(|&d| (d as u64).pow(power)).sum();
    sum == n
}

pub fn armstrong_below(limit: u64) -> Vec<u64> {
    (0..limit).filter(|&n| is_armstrong_number(n)).collect()
}

fn main() {
    let found = armstrong_below(1000);
    println!("Armstrong numbers below 1000: {:?}", found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_armstrong() {
        assert!(is_armstrong_number(0));
    }

    #[test]
    fn single_digits_are_armstrong() {
        for n in 1..10 {
            assert!(is_armstrong_number(n), "{} should be an Armstrong number", n);
        }
    }

    #[test]
    fn ten_is_not() {
        assert!(!is_armstrong_number(10));
    }

    #[test]
    fn three_digit_example() {
        assert!(is_armstrong_number(153), "153 = 1^3 + 5^3 + 3^3");
        assert!(!is_armstrong_number(100));
    }

    #[test]
    fn seven_digit_example() {
        assert!(is_armstrong_number(9_926_315));
        assert!(!is_armstrong_number(9_926_314));
    }

    #[test]
    fn digits_helper() {
        assert_eq!(digits(9475), vec![9, 4, 7, 5]);
        assert_eq!(digits(0), vec![0]);
    }

    #[test]
    fn all_below_thousand() {
        let expected = vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 153, 370, 371, 407];
        let got = armstrong_below(1000);
        println!("found {} armstrong numbers", got.len());
        assert_eq!(got, expected);
    }
}
