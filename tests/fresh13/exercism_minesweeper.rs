fn annotate(minefield: &[&str]) -> Vec<String> {
    let grid: Vec<&[u8]> = minefield.iter().map(|r| r.as_bytes()).collect();
    let h = grid.len() as i32;
    grid.iter()
        .enumerate()
        .map(|(r, row)| {
            let w = row.len() as i32;
            row.iter()
                .enumerate()
                .map(|(c, &cell)| {
                    if cell == b'*' {
                        return '*';
                    }
                    let count = (-1..=1)
                        .flat_map(|dr| (-1..=1).map(move |dc| (dr, dc)))
                        .filter(|&d| d != (0, 0))
                        .map(|(dr, dc)| (r as i32 + dr, c as i32 + dc))
                        .filter(|&(nr, nc)| nr >= 0 && nr < h && nc >= 0 && nc < w)
                        .filter(|&(nr, nc)| grid[nr as usize][nc as usize] == b'*')
                        .count();
                    match count {
                        0 => ' ',
                        n => char::from_digit(n as u32, 10).unwrap(),
                    }
                })
                .collect()
        })
        .collect()
}

fn render(label: &str, board: &[&str]) {
    println!("{label}:");
    let annotated = annotate(board);
    for (before, after) in board.iter().zip(&annotated) {
        println!("  |{before}|  ->  |{after}|");
    }
    let mines = board.iter().flat_map(|r| r.chars()).filter(|&c| c == '*').count();
    let max_digit = annotated.iter().flat_map(|r| r.chars()).filter_map(|c| c.to_digit(10)).max();
    println!("  mines={mines} max_neighbor={max_digit:?}");
}

fn main() {
    render("cross", &["  *  ", "  *  ", "*****", "  *  ", "  *  "]);
    render("sparse", &[" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "]);
    render("surrounded", &["***", "* *", "***"]);
    render("horizontal", &[" * * "]);
    render("vertical", &[" ", "*", " ", "*", " "]);
    render("empty", &[]);

    assert_eq!(annotate(&["   ", "   "]), vec!["   ", "   "]);
    assert_eq!(annotate(&["***", "* *", "***"]), vec!["***", "*8*", "***"]);
    assert_eq!(annotate(&["*  ", "   ", "  *"]), vec!["*1 ", "121", " 1*"]);
    println!("minesweeper asserts ok");
}
