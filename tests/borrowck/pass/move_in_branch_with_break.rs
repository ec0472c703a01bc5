fn main() {
    let mut inbox: Vec<String> = Vec::new();
    let draft = String::from("hello team");
    let mut attempts = 0;
    loop {
        attempts += 1;
        if attempts == 3 {
            inbox.push(draft);
            break;
        }
        println!("attempt {} failed for '{}'", attempts, draft);
    }
    println!("{:?} after {} attempts", inbox, attempts);
}
