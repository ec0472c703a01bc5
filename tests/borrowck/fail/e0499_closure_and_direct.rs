fn main() {
    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_string());
    record("start");
    log.push(String::from("direct"));
    record("end");
    println!("{:?}", log);
}
