fn main() {
    let log = vec![String::from("start"), String::from("load")];
    let dump = move || {
        for line in &log {
            println!("{}", line);
        }
    };
    dump();
    println!("entries: {}", log.len());
}
