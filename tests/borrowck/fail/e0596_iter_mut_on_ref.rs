fn normalize(values: &Vec<f64>) {
    let max = values.iter().cloned().fold(f64::MIN, f64::max);
    for v in values.iter_mut() {
        *v /= max;
    }
}

fn main() {
    let mut v = vec![2.0, 4.0, 8.0];
    normalize(&v);
    println!("{:?}", v);
}
