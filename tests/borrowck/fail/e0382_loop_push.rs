fn main() {
    let mut batches: Vec<Vec<i32>> = Vec::new();
    let current = vec![1, 2, 3];
    for i in 0..3 {
        println!("batch {}", i);
        batches.push(current);
    }
    println!("{} batches", batches.len());
}
