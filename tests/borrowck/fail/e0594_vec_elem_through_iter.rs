fn main() {
    let mut prices = vec![100, 250, 75];
    for p in prices.iter() {
        if *p > 90 {
            *p -= 10;
        }
    }
    println!("{:?}", prices);
}
