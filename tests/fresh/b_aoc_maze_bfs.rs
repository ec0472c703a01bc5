use std::collections::{HashSet, VecDeque};

const MAZE: &str = "\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########";

type Pos = (usize, usize);

fn find(grid: &[Vec<char>], target: char) -> Option<Pos> {
    for (r, row) in grid.iter().enumerate() {
        if let Some(c) = row.iter().position(|&ch| ch == target) {
            return Some((r, c));
        }
    }
    None
}

fn bfs(grid: &[Vec<char>], start: Pos, end: Pos) -> Option<(usize, Vec<Pos>)> {
    let rows = grid.len();
    let cols = grid[0].len();
    let mut prev: Vec<Vec<Option<Pos>>> = vec![vec![None; cols]; rows];
    let mut seen = HashSet::new();
    let mut queue = VecDeque::new();
    queue.push_back((start, 0usize));
    seen.insert(start);
    while let Some(((r, c), d)) = queue.pop_front() {
        if (r, c) == end {
            let mut path = vec![end];
            let mut cur = end;
            while let Some(p) = prev[cur.0][cur.1] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some((d, path));
        }
        let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in dirs {
            let nr = r as isize + dr;
            let nc = c as isize + dc;
            if nr < 0 || nc < 0 || nr >= rows as isize || nc >= cols as isize {
                continue;
            }
            let np = (nr as usize, nc as usize);
            if grid[np.0][np.1] == '#' || !seen.insert(np) {
                continue;
            }
            prev[np.0][np.1] = Some((r, c));
            queue.push_back((np, d + 1));
        }
    }
    None
}

fn main() {
    let mut grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();
    let start = find(&grid, 'S').expect("no start");
    let end = find(&grid, 'E').expect("no end");
    println!("start={:?} end={:?}", start, end);
    match bfs(&grid, start, end) {
        Some((dist, path)) => {
            println!("shortest distance: {}", dist);
            println!("path length (cells): {}", path.len());
            for &(r, c) in &path[1..path.len() - 1] {
                grid[r][c] = '*';
            }
            for row in &grid {
                println!("{}", row.iter().collect::<String>());
            }
        }
        None => println!("no path"),
    }
    let open = grid.iter().flatten().filter(|&&c| c != '#').count();
    println!("open cells: {}", open);
}
