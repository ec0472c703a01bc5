// Sensor readings: calibrate all readings in place.
fn main() {
    let mut temps: Vec<f64> = vec![21.5, 22.1, 19.8, 23.4, 20.0];
    let offset = -0.5;

    let calibrating = temps.iter_mut();
    let n = temps.len();

    let mut adjusted = 0;
    for t in calibrating {
        *t += offset;
        adjusted += 1;
    }
    println!("adjusted {} of {} readings", adjusted, n);
    println!("{:?}", temps);
}
