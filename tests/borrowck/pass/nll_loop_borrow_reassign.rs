fn main() {
    let mut current = String::from("seed");
    let mut history: Vec<String> = Vec::new();
    for i in 0..3 {
        let view = &current;
        history.push(view.clone());
        current = format!("{}-{}", current, i);
    }
    println!("{:?} -> {}", history, current);
}
