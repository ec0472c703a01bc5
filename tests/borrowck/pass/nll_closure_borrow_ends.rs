fn main() {
    let mut threshold = 10;
    let count_high = |xs: &[i32]| xs.iter().filter(|&&x| x > threshold).count();
    println!("{}", count_high(&[5, 12, 30]));
    threshold += 15;
    println!("threshold {}", threshold);
}
