fn main() {
    let mut samples = vec![0.5, 0.75, 1.0];
    let window = &samples[1..];
    samples = vec![2.0];
    println!("{:?} {:?}", window, samples);
}
