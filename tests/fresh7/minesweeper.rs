fn annotate(board: &[&str]) -> Vec<String> {
    let rows = board.len() as i32;
    let grid: Vec<&[u8]> = board.iter().map(|r| r.as_bytes()).collect();
    let mine_at = |r: i32, c: i32| -> bool {
        r >= 0 && r < rows && c >= 0 && (c as usize) < grid[r as usize].len() && grid[r as usize][c as usize] == b'*'
    };
    grid.iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .enumerate()
                .map(|(c, &cell)| {
                    if cell == b'*' {
                        return '*';
                    }
                    let count = (-1..=1)
                        .flat_map(|dr| (-1..=1).map(move |dc| (dr, dc)))
                        .filter(|&(dr, dc)| (dr, dc) != (0, 0) && mine_at(r as i32 + dr, c as i32 + dc))
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

fn flood_reveal(annotated: &[String], start: (usize, usize)) -> Vec<(usize, usize)> {
    let cells: Vec<Vec<char>> = annotated.iter().map(|r| r.chars().collect()).collect();
    let mut revealed = vec![vec![false; cells[0].len()]; cells.len()];
    let mut stack = vec![start];
    let mut order = Vec::new();
    while let Some((r, c)) = stack.pop() {
        if revealed[r][c] || cells[r][c] == '*' {
            continue;
        }
        revealed[r][c] = true;
        order.push((r, c));
        if cells[r][c] != ' ' {
            continue;
        }
        for dr in [-1isize, 0, 1] {
            for dc in [-1isize, 0, 1] {
                let (Some(nr), Some(nc)) = (r.checked_add_signed(dr), c.checked_add_signed(dc)) else { continue };
                if nr < cells.len() && nc < cells[nr].len() {
                    stack.push((nr, nc));
                }
            }
        }
    }
    order.sort();
    order
}

fn print_board(title: &str, rows: &[impl AsRef<str>]) {
    println!("{}", title);
    let width = rows.first().map_or(0, |r| r.as_ref().len());
    println!("  +{}+", "-".repeat(width));
    for r in rows {
        println!("  |{}|", r.as_ref());
    }
    println!("  +{}+", "-".repeat(width));
}

fn main() {
    let boards: Vec<Vec<&str>> = vec![
        vec![" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "],
        vec!["***", "* *", "***"],
        vec!["   ", "   ", "   "],
        vec!["*"],
        vec![" * * "],
        vec![],
    ];
    for (i, b) in boards.iter().enumerate() {
        let out = annotate(b);
        print_board(&format!("board {} input", i), b);
        print_board(&format!("board {} annotated", i), &out);
        let mines = b.iter().map(|r| r.matches('*').count()).sum::<usize>();
        let digit_sum: u32 = out.iter().flat_map(|r| r.chars()).filter_map(|c| c.to_digit(10)).sum();
        println!("  mines={} digit_sum={}", mines, digit_sum);
    }

    let big = ["          ", "  *       ", "          ", "       *  ", "          "];
    let ann = annotate(&big);
    print_board("flood board", &ann);
    let revealed = flood_reveal(&ann, (4, 0));
    println!("revealed {} cells from (4,0)", revealed.len());
    println!("first ten: {:?}", &revealed[..10]);
    let hidden = ann.iter().map(|r| r.len()).sum::<usize>() - revealed.len();
    println!("still hidden: {}", hidden);
    let numbers: Vec<(usize, usize)> = revealed.iter().copied().filter(|&(r, c)| ann[r].as_bytes()[c].is_ascii_digit()).collect();
    println!("numbered border cells: {}", numbers.len());
}
