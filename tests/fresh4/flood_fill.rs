// Grid exercises on Vec<Vec<char>>: flood fill, island counting, minesweeper annotation.
use std::collections::VecDeque;

fn parse(rows: &[&str]) -> Vec<Vec<char>> {
    rows.iter().map(|r| r.chars().collect()).collect()
}

fn show(grid: &[Vec<char>]) {
    for row in grid {
        println!("  {}", row.iter().collect::<String>());
    }
}

fn flood_fill(grid: &mut Vec<Vec<char>>, start: (usize, usize), fill: char) -> usize {
    let target = grid[start.0][start.1];
    if target == fill {
        return 0;
    }
    let mut q = VecDeque::from([start]);
    grid[start.0][start.1] = fill;
    let mut count = 1;
    while let Some((r, c)) = q.pop_front() {
        let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in dirs {
            let nr = r as isize + dr;
            let nc = c as isize + dc;
            if nr < 0 || nc < 0 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if nr < grid.len() && nc < grid[nr].len() && grid[nr][nc] == target {
                grid[nr][nc] = fill;
                count += 1;
                q.push_back((nr, nc));
            }
        }
    }
    count
}

fn count_islands(grid: &[Vec<char>]) -> (usize, Vec<usize>) {
    let mut g = grid.to_vec();
    let mut sizes = Vec::new();
    for r in 0..g.len() {
        for c in 0..g[r].len() {
            if g[r][c] == '#' {
                sizes.push(flood_fill(&mut g, (r, c), '~'));
            }
        }
    }
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    (sizes.len(), sizes)
}

fn annotate(field: &[&str]) -> Vec<String> {
    let g = parse(field);
    let h = g.len() as i32;
    (0..h)
        .map(|r| {
            let w = g[r as usize].len() as i32;
            (0..w)
                .map(|c| {
                    if g[r as usize][c as usize] == '*' {
                        return '*';
                    }
                    let n = (-1..=1)
                        .flat_map(|dr| (-1..=1).map(move |dc| (r + dr, c + dc)))
                        .filter(|&(rr, cc)| rr >= 0 && rr < h && cc >= 0 && cc < w)
                        .filter(|&(rr, cc)| g[rr as usize][cc as usize] == '*')
                        .count();
                    if n == 0 { ' ' } else { char::from_digit(n as u32, 10).unwrap() }
                })
                .collect()
        })
        .collect()
}

fn main() {
    let mut img = parse(&["..##....", ".#..#...", ".#...#..", "..###...", "........"]);
    let n = flood_fill(&mut img, (2, 3), 'o');
    println!("filled {} cells inside:", n);
    show(&img);
    let n = flood_fill(&mut img, (0, 0), ' ');
    println!("filled {} cells outside:", n);
    show(&img);
    println!("refill same color: {}", flood_fill(&mut img, (0, 0), ' '));

    let map = parse(&["##..#", "#...#", "..#..", "....#", "##.##"]);
    let (count, sizes) = count_islands(&map);
    println!("islands: {} sizes {:?}", count, sizes);

    for line in annotate(&[" *  * ", "  *   ", "    * ", "   * *", " *  * ", "      "]) {
        println!("|{}|", line);
    }
}
