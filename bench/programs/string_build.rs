// Building a 1 MB String from formatted numbers.
fn main() {
    let mut s = String::new();
    let mut i: u64 = 0;
    while s.len() < 1_000_000 {
        s.push_str(&format!("{},", i * 7));
        i += 1;
    }
    println!("{} numbers, {} bytes", i, s.len());
}
