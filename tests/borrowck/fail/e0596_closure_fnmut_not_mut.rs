fn main() {
    let mut seen = Vec::new();
    let remember = |x: u32| seen.push(x);
    remember(1);
    remember(2);
    println!("{:?}", seen);
}
