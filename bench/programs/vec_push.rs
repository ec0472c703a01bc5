// Pushing 10 million integers into a Vec (growing by doubling), then summing them.
fn main() {
    let mut v: Vec<u64> = Vec::new();
    let mut i: u64 = 0;
    while i < 10_000_000 {
        v.push(i);
        i += 1;
    }
    let mut sum: u64 = 0;
    for x in &v {
        sum += x;
    }
    println!("{} {}", v.len(), sum);
}
