fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    let mut sub = |n: i32| total -= n;
    add(10);
    sub(3);
    println!("total {}", total);
}
