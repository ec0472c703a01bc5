use std::collections::{BTreeSet, VecDeque};

const MAP: &str = "\
Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi";

struct Grid<'a> {
    rows: Vec<&'a [u8]>,
}

impl<'a> Grid<'a> {
    fn parse(text: &'a str) -> Self {
        Grid { rows: text.lines().map(str::as_bytes).collect() }
    }

    fn find(&self, target: u8) -> Option<(usize, usize)> {
        self.rows
            .iter()
            .enumerate()
            .find_map(|(r, row)| row.iter().position(|&b| b == target).map(|c| (r, c)))
    }

    fn height_at(&self, (r, c): (usize, usize)) -> u8 {
        match self.rows[r][c] {
            b'S' => b'a',
            b'E' => b'z',
            h => h,
        }
    }

    fn neighbours(&self, (r, c): (usize, usize)) -> impl Iterator<Item = (usize, usize)> + '_ {
        let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        dirs.into_iter().filter_map(move |(dr, dc)| {
            let nr = r.checked_add_signed(dr)?;
            let nc = c.checked_add_signed(dc)?;
            (nr < self.rows.len() && nc < self.rows[nr].len()).then_some((nr, nc))
        })
    }

    fn bfs(&self, start: (usize, usize), done: impl Fn((usize, usize)) -> bool) -> Option<(usize, Vec<(usize, usize)>)> {
        let mut queue = VecDeque::from([(start, 0usize)]);
        let mut prev = vec![vec![None; self.rows[0].len()]; self.rows.len()];
        let mut seen = BTreeSet::from([start]);
        while let Some((pos, dist)) = queue.pop_front() {
            if done(pos) {
                let path: Vec<_> = std::iter::successors(Some(pos), |&(r, c)| prev[r][c]).collect();
                return Some((dist, path));
            }
            for n in self.neighbours(pos) {
                // walking backwards from E: we may step down at most one level
                if self.height_at(pos) <= self.height_at(n) + 1 && seen.insert(n) {
                    prev[n.0][n.1] = Some(pos);
                    queue.push_back((n, dist + 1));
                }
            }
        }
        None
    }
}

fn main() {
    let grid = Grid::parse(MAP);
    let start = grid.find(b'S').expect("start");
    let end = grid.find(b'E').expect("end");
    println!("grid {}x{}, start {:?}, end {:?}", grid.rows.len(), grid.rows[0].len(), start, end);
    println!("neighbours of start: {:?}", grid.neighbours(start).collect::<Vec<_>>());
    println!("neighbours of (2,3): {:?}", grid.neighbours((2, 3)).collect::<Vec<_>>());

    let (part1, path) = grid.bfs(end, |p| p == start).expect("path to S");
    println!("part 1: {} steps", part1);
    println!("path starts {:?} ends {:?} (len {})", path.first(), path.last(), path.len());

    let (part2, path2) = grid.bfs(end, |p| grid.height_at(p) == b'a').expect("path to any a");
    println!("part 2: {} steps, nearest 'a' at {:?}", part2, path2.first());

    let mut canvas: Vec<Vec<char>> = grid.rows.iter().map(|r| r.iter().map(|_| '.').collect()).collect();
    for w in path.windows(2) {
        let ((r0, c0), (r1, c1)) = (w[0], w[1]);
        canvas[r0][c0] = match (r1 as isize - r0 as isize, c1 as isize - c0 as isize) {
            (0, 1) => '>',
            (0, -1) => '<',
            (1, 0) => 'v',
            _ => '^',
        };
    }
    canvas[end.0][end.1] = 'E';
    for row in &canvas {
        println!("  {}", row.iter().collect::<String>());
    }

    let mut histogram = [0usize; 26];
    for row in &grid.rows {
        for &b in row.iter() {
            let h = match b { b'S' => b'a', b'E' => b'z', x => x };
            histogram[(h - b'a') as usize] += 1;
        }
    }
    let used: Vec<String> = histogram
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .map(|(i, n)| format!("{}={}", (b'a' + i as u8) as char, n))
        .collect();
    println!("heights: {}", used.join(" "));

    let mut first_z = None;
    'outer: for (r, row) in grid.rows.iter().enumerate() {
        for (c, &b) in row.iter().enumerate() {
            if b == b'z' {
                first_z = Some((r, c));
                break 'outer;
            }
        }
    }
    println!("first 'z' cell in reading order: {:?}", first_z);
}
