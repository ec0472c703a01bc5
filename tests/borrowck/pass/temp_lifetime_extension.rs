fn main() {
    let greeting = &format!("hello {}", "there");
    let nums: &[i32] = &vec![3, 1, 2];
    let pair = &(String::from("x"), 5);
    println!("{} {:?} {:?}", greeting, nums, pair);
    let static_ref: &'static i32 = &42;
    println!("{}", static_ref);
}
