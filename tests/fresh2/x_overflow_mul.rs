fn factorial(n: u64) -> u64 {
    let mut result = 1;
    for i in 2..=n {
        result *= i;
    }
    result
}

fn binomial(n: u64, k: u64) -> u64 {
    // textbook formula, fine for small n
    factorial(n) / (factorial(k) * factorial(n - k))
}

fn pascal_row(n: u64) -> Vec<u64> {
    (0..=n).map(|k| binomial(n, k)).collect()
}

fn main() {
    for n in [0, 1, 5, 10, 20] {
        println!("{n:>2}! = {}", factorial(n));
    }
    for n in 0..6 {
        let row: Vec<String> = pascal_row(n).iter().map(u64::to_string).collect();
        println!("{:^30}", row.join(" "));
    }
    println!("C(20, 10) = {}", binomial(20, 10));
    println!("checked 21! = {:?}", (1..=21u64).try_fold(1u64, |acc, x| acc.checked_mul(x)));
    println!("C(21, 3) = {}", binomial(21, 3));
    println!("never printed");
}
