fn depth(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    1 + depth(n - 1)
}

fn main() {
    println!("start");
    println!("{}", depth(1000000000));
}
