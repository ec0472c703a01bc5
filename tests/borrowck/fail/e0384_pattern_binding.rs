fn main() {
    let pairs = vec![(1, "one"), (2, "two"), (3, "three")];
    for (n, name) in pairs.iter() {
        println!("{} = {}", n, name);
    }
    let (mut lo, hi) = (0, 10);
    lo += 1;
    hi -= 1;
    println!("{}..{}", lo, hi);
}
