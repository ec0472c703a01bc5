fn main() {
    let mut tasks = vec![String::from("wash"), String::from("dry")];
    let n = tasks.len();
    for i in 0..n {
        if tasks[i] == "dry" {
            tasks.push(String::from("fold"));
        }
    }
    let extra: Vec<String> = tasks.iter().filter(|t| t.len() == 4).map(|t| format!("re-{}", t)).collect();
    tasks.extend(extra);
    println!("{:?}", tasks);
}
