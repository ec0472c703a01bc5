fn main() {
    let values = vec![3, 6, 9];
    let doubled: Vec<i32> = values
        .iter()
        .map(|&v| {
            v = v * 2;
            v
        })
        .collect();
    println!("{:?}", doubled);
}
