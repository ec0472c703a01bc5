// Sieve of Eratosthenes to 10 million: a 10 MB Vec<bool>, indexing in tight loops.
fn main() {
    let n: usize = 10_000_000;
    let mut composite = vec![false; n + 1];
    let mut count = 0;
    let mut i = 2;
    while i <= n {
        if !composite[i] {
            count += 1;
            let mut j = i * i;
            while j <= n {
                composite[j] = true;
                j += i;
            }
        }
        i += 1;
    }
    println!("{} primes up to {}", count, n);
}
