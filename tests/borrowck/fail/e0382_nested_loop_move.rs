fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let mut rows_seen = Vec::new();
    for round in 0..2 {
        for row in grid {
            rows_seen.push(row.len() + round);
        }
    }
    println!("{:?}", rows_seen);
}
