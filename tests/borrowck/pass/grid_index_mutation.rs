fn main() {
    let mut grid = vec![vec![0u8; 4]; 3];
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            grid[r][c] = (r * 4 + c) as u8;
        }
    }
    let rows = grid.len();
    grid[rows - 1][0] = grid[0][3] + grid[1][1];
    for row in &grid {
        println!("{:?}", row);
    }
}
