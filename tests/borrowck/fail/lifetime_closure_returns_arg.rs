fn main() {
    let values = vec![3, 9, 4];
    let biggest = values.iter().max().unwrap();
    let identity = |x: &i32| x;
    println!("{}", identity(biggest));
}
