use std::slice;

fn main() {
    let mut log = String::from("boot");
    let old: &[u8] = unsafe { slice::from_raw_parts(log.as_ptr(), log.len()) };
    println!("log = {}", log);
    println!("old len = {}", old.len());
    log.push_str(": ok, network: ok, disk: ok");
    println!("log = {}", log);
    let first = old[0];
    println!("first byte = {}", first as char);
}
