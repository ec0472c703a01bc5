fn main() {
    let mut pair = (vec![1, 2, 3], String::from("sum: "));
    let nums = &pair.0;
    let label = &mut pair.1;
    let total: i32 = nums.iter().sum();
    label.push_str(&total.to_string());
    println!("{}", pair.1);
    pair.0.push(4);
    println!("{:?}", pair.0);
}
