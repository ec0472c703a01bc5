// The ignored tests of a math module, run too with --include-ignored (one of them fails).
pub fn fib(n: u32) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        _ => fib(n - 1) + fib(n - 2),
    }
}

pub fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_fib() {
        assert_eq!(fib(10), 55);
    }

    #[test]
    #[ignore]
    fn big_fib() {
        assert_eq!(fib(25), 75025);
    }

    #[test]
    #[ignore = "not implemented yet"]
    fn collatz_of_one() {
        assert_eq!(collatz_steps(1), 1);
    }

    #[test]
    fn collatz_of_six() {
        assert_eq!(collatz_steps(6), 8);
    }

    #[test]
    #[ignore = "takes too long"]
    fn collatz_table() {
        let total: u32 = (1..200u64).map(collatz_steps).sum();
        println!("total steps {total}");
        assert_eq!(total, 1);
    }
}
