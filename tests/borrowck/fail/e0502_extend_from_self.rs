fn main() {
    let mut pattern = vec![1, 0, 1];
    let reps = 2;
    for _ in 0..reps {
        pattern.extend(pattern.iter());
    }
    println!("{:?}", pattern);
}
