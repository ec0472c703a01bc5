fn main() {
    let rate = 3;
    let label = 'x';
    let scale = move |n: i32| n * rate;
    let tag = move || format!("{}{}", label, rate);
    println!("{} {}", scale(7), tag());
    println!("rate still {} label still {}", rate, label);
}
