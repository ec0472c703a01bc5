fn main() {
    let mut threshold = 10;
    let is_high = |x: i32| x > threshold;
    threshold += 5;
    println!("{}", is_high(12));
}
