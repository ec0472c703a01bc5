use std::fmt::Debug;

fn log_and_drop<T: Debug>(item: T) {
    println!("dropping {:?}", item);
}

fn main() {
    let readings = vec![1.5, 2.25, 3.0];
    log_and_drop(readings);
    let avg: f64 = readings.iter().sum::<f64>() / 3.0;
    println!("avg {}", avg);
}
