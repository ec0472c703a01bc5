fn main() {
    let inputs = ["3", "x", "5"];
    let mut best = String::new();
    let mut best_ref: &String = &best;
    for s in inputs {
        if s.parse::<i32>().is_ok() {
            best = s.to_string();
        }
        println!("current best {}", best_ref);
        best_ref = &best;
    }
}
