// Consts and statics whose values point at promoted temporaries (`&[..]`, `&Struct`) live as long as the process.
#[derive(Debug)]
struct Unit {
    name: &'static str,
    factor: f64,
}

const PRIMES: &[u64] = &[2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71];
static WORDS: &[&str] = &["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda"];
const UNITS: &[Unit] = &[Unit { name: "km", factor: 1000.0 }, Unit { name: "m", factor: 1.0 }, Unit { name: "cm", factor: 0.01 }];
const ORIGIN: &(i32, i32) = &(3, -4);

fn describe(v: &[u64]) -> String {
    format!("{} values, last {}, sum {}", v.len(), v[v.len() - 1], v.iter().sum::<u64>())
}

fn main() {
    println!("{}", describe(PRIMES));
    println!("{}", PRIMES[PRIMES.len() - 1]);
    let long: Vec<&&str> = WORDS.iter().filter(|w| w.len() > 4).collect();
    println!("{:?}", long);
    for u in UNITS {
        println!("{:>3} = {:>8.2} m", u.name, u.factor);
    }
    println!("{:?} {}", UNITS[2], ORIGIN.0 * ORIGIN.0 + ORIGIN.1 * ORIGIN.1);
}
