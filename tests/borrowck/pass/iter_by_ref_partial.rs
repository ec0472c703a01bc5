fn main() {
    let data = vec![1, 2, 3, 4, 5, 6, 7];
    let mut it = data.iter();
    let head: Vec<&i32> = it.by_ref().take(3).collect();
    let rest_sum: i32 = it.sum();
    println!("{:?} then sum {}", head, rest_sum);
    println!("{:?}", data);
}
