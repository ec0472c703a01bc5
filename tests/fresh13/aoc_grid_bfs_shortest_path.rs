use std::collections::{HashSet, VecDeque};

const INPUT: &str = "Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi";

const INPUT2: &str = "Sbcdefghij
zzzzzzzzzk
utsrqponml
vzzzzzzzza
wxyEzzzzzz";

type Pos = (usize, usize);

struct HeightMap {
    grid: Vec<Vec<u8>>,
    start: Pos,
    end: Pos,
}

fn parse(input: &str) -> HeightMap {
    let mut start = (0, 0);
    let mut end = (0, 0);
    let grid: Vec<Vec<u8>> = input
        .lines()
        .enumerate()
        .map(|(r, line)| {
            line.char_indices()
                .map(|(c, ch)| match ch {
                    'S' => { start = (r, c); b'a' }
                    'E' => { end = (r, c); b'z' }
                    other => other as u8,
                })
                .collect()
        })
        .collect();
    HeightMap { grid, start, end }
}

impl HeightMap {
    fn neighbors(&self, (r, c): Pos) -> impl Iterator<Item = Pos> + '_ {
        let dirs: [(isize, isize); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        dirs.into_iter().filter_map(move |(dr, dc)| {
            let nr = r.checked_add_signed(dr)?;
            let nc = c.checked_add_signed(dc)?;
            self.grid.get(nr)?.get(nc)?;
            Some((nr, nc))
        })
    }

    /// BFS backwards from the end so one search answers both parts.
    fn bfs_from_end(&self, is_goal: impl Fn(Pos) -> bool) -> Option<(usize, Vec<Pos>)> {
        let mut queue = VecDeque::from([(self.end, 0usize)]);
        let mut seen = HashSet::from([self.end]);
        let mut parent = vec![vec![None; self.grid[0].len()]; self.grid.len()];
        while let Some((pos, dist)) = queue.pop_front() {
            if is_goal(pos) {
                let path: Vec<Pos> = std::iter::successors(Some(pos), |&(r, c)| parent[r][c]).collect();
                return Some((dist, path));
            }
            let h = self.grid[pos.0][pos.1];
            for next in self.neighbors(pos) {
                let nh = self.grid[next.0][next.1];
                if nh + 1 >= h && seen.insert(next) {
                    parent[next.0][next.1] = Some(pos);
                    queue.push_back((next, dist + 1));
                }
            }
        }
        None
    }
}

fn solve(name: &str, input: &str) {
    let map = parse(input);
    let Some((p1, path)) = map.bfs_from_end(|p| p == map.start) else {
        println!("{name}: no path");
        return;
    };
    let p2 = map.bfs_from_end(|(r, c)| map.grid[r][c] == b'a').map(|(d, _)| d);
    println!("{name}: start={:?} end={:?} part1={p1} part2={p2:?}", map.start, map.end);
    let on_path: HashSet<Pos> = path.iter().copied().collect();
    for (r, row) in map.grid.iter().enumerate() {
        let line: String = row
            .iter()
            .enumerate()
            .map(|(c, &h)| if on_path.contains(&(r, c)) { '#' } else { h as char })
            .collect();
        println!("  {line}");
    }
}

fn main() {
    solve("example", INPUT);
    solve("snake", INPUT2);
    solve("blocked", "Sbz\nzzE");
}
