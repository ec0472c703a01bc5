fn main() {
    let mut levels = vec![1, 2, 3, 4];
    let n = levels.len();
    levels[n - 1] = levels[0] + levels[1];
    levels[levels.len() - 2] += 10;
    println!("{:?}", levels);
}
