use std::slice;

fn main() {
    let mut temps: Vec<f64> = Vec::with_capacity(16);
    temps.push(21.5);
    temps.push(22.0);
    temps.push(19.75);
    temps.push(20.25);
    let view: &[f64] = unsafe { slice::from_raw_parts(temps.as_ptr(), temps.len()) };
    println!("readings = {:?}", view);
    println!("capacity before = {}", temps.capacity());
    temps.shrink_to_fit();
    println!("capacity after = {}", temps.capacity());
    let total: f64 = view.iter().sum();
    println!("average = {}", total / 4.0);
}
