fn main() {
    let mut stack = vec![1, 2, 3];
    let label = String::from("popped");
    let mut log: Vec<String> = Vec::new();
    while let Some(top) = stack.pop() {
        println!("{} {}", label, top);
        if top == 2 {
            log.push(label);
        }
    }
    println!("{:?}", log);
}
