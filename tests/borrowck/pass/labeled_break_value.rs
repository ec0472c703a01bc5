fn main() {
    let grid = vec![vec![1, 4, 7], vec![2, 9, 3], vec![8, 5, 6]];
    let mut found = None;
    'outer: for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v == 9 {
                found = Some((r, c));
                break 'outer;
            }
        }
    }
    let first_big = 'search: {
        for row in &grid {
            if let Some(x) = row.iter().find(|&&x| x > 7) {
                break 'search Some(*x);
            }
        }
        None
    };
    println!("{:?} {:?}", found, first_big);
}
