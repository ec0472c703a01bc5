fn main() {
    let mut tasks = vec![String::from("wash"), String::from("dry")];
    for t in &tasks {
        if t == "dry" {
            tasks.push(String::from("fold"));
        }
    }
    println!("{:?}", tasks);
}
