fn main() {
    let items = vec![4, 7, 1, 9, 3];
    let found_at: usize;
    let mut i = 0;
    loop {
        if items[i] == 9 {
            found_at = i;
            break;
        }
        i += 1;
    }
    println!("found 9 at {}", found_at);
}
