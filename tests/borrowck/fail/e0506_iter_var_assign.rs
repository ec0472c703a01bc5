fn main() {
    let mut limit = 3usize;
    let items = vec!['a', 'b', 'c', 'd', 'e'];
    let lim_ref = &limit;
    for (i, c) in items.iter().enumerate() {
        if i >= *lim_ref {
            break;
        }
        if *c == 'b' {
            limit = 5;
        }
    }
    println!("limit {}", limit);
}
