fn main() {
    let message = String::from("draft");
    println!("{}", message);
    let ready = message.len() > 3;
    if ready {
        message = String::from("final");
    }
    println!("{}", message);
}
