fn main() {
    let items = vec![4, 7, 1, 9];
    let found_at: usize;
    for (i, &x) in items.iter().enumerate() {
        if x == 9 {
            found_at = i;
            break;
        }
    }
    println!("found at {}", found_at);
}
