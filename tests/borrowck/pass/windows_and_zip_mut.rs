fn main() {
    let levels = vec![1, 4, 9, 16, 25];
    let mut diffs = vec![0; levels.len() - 1];
    for (d, w) in diffs.iter_mut().zip(levels.windows(2)) {
        *d = w[1] - w[0];
    }
    println!("{:?}", diffs);
    let mut acc = levels.clone();
    for i in 1..acc.len() {
        acc[i] += acc[i - 1];
    }
    println!("{:?}", acc);
}
