fn main() {
    let mut calls = 0;
    let mut log = Vec::new();
    let mut track = |what: &str| {
        calls += 1;
        log.push(format!("{}:{}", calls, what));
    };
    track("open");
    track("read");
    track("close");
    println!("{} calls: {:?}", calls, log);
}
