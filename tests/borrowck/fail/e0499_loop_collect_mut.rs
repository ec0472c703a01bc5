fn main() {
    let mut counter = 0;
    let mut handles: Vec<&mut i32> = Vec::new();
    for _ in 0..3 {
        handles.push(&mut counter);
    }
    for h in handles {
        *h += 1;
    }
    println!("{}", counter);
}
