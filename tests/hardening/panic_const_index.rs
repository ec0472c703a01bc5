// unconditional_panic (deny by default): an array indexed by a constant out of its bounds
fn main() {
    let primes = [2, 3, 5];
    let sum: i32 = primes.iter().sum();
    println!("{} {}", sum, primes[3]);
}
