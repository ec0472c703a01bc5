// more than the machine's RAM and swap: malloc returns null and std aborts, as the real process does
fn main() {
    println!("asking");
    let v: Vec<u8> = vec![0; 1 << 45];
    println!("{}", v.len());
}
