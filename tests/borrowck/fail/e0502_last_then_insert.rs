fn main() {
    let mut history: Vec<String> = vec!["ls".into(), "cd /tmp".into()];
    let last = history.last().unwrap();
    history.insert(0, String::from("pwd"));
    println!("last command: {}", last);
}
