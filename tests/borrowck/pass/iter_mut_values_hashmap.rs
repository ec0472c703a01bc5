use std::collections::HashMap;

fn main() {
    let mut temps: HashMap<&str, f64> = HashMap::new();
    temps.insert("mon", 20.5);
    temps.insert("tue", 22.0);
    for t in temps.values_mut() {
        *t = *t * 9.0 / 5.0 + 32.0;
    }
    let mut days: Vec<_> = temps.iter().collect();
    days.sort_by(|a, b| a.0.cmp(b.0));
    println!("{:?}", days);
}
