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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Pos { r: usize, c: usize }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell { Wall, Open, Start, End }

struct Maze { grid: Vec<Vec<Cell>>, start: Pos, end: Pos }

impl Maze {
    fn parse(src: &str) -> Option<Maze> {
        let mut start = None;
        let mut end = None;
        let mut grid = Vec::new();
        for (r, line) in src.lines().enumerate() {
            let mut row = Vec::new();
            for (c, ch) in line.chars().enumerate() {
                let cell = match ch {
                    '#' => Cell::Wall,
                    '.' => Cell::Open,
                    'S' => { start = Some(Pos { r, c }); Cell::Start }
                    'E' => { end = Some(Pos { r, c }); Cell::End }
                    _ => return None,
                };
                row.push(cell);
            }
            grid.push(row);
        }
        Some(Maze { grid, start: start?, end: end? })
    }

    fn neighbours(&self, p: Pos) -> impl Iterator<Item = Pos> + '_ {
        [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)].into_iter().filter_map(move |(dr, dc)| {
            let r = p.r.checked_add_signed(dr as isize)?;
            let c = p.c.checked_add_signed(dc as isize)?;
            match self.grid.get(r)?.get(c)? {
                Cell::Wall => None,
                _ => Some(Pos { r, c }),
            }
        })
    }

    fn solve(&self) -> Option<Vec<Pos>> {
        let mut prev = vec![vec![None; self.grid[0].len()]; self.grid.len()];
        let mut q = VecDeque::from([self.start]);
        let mut seen = HashSet::from([self.start]);
        'search: while let Some(p) = q.pop_front() {
            for n in self.neighbours(p) {
                if seen.insert(n) {
                    prev[n.r][n.c] = Some(p);
                    if n == self.end { break 'search; }
                    q.push_back(n);
                }
            }
        }
        let mut path = vec![self.end];
        while let Some(p) = prev[path.last()?.r][path.last()?.c] {
            path.push(p);
        }
        path.reverse();
        (path[0] == self.start).then_some(path)
    }
}

fn main() {
    let maze = Maze::parse(MAZE).expect("valid maze");
    println!("size {}x{} start {:?} end {:?}", maze.grid.len(), maze.grid[0].len(), maze.start, maze.end);
    let open = maze.grid.iter().flatten().filter(|c| **c != Cell::Wall).count();
    println!("open cells: {}", open);
    let path = maze.solve().expect("maze has a path");
    println!("path length {} steps", path.len() - 1);
    let on_path: HashSet<Pos> = path.iter().copied().collect();
    for (r, row) in maze.grid.iter().enumerate() {
        let line: String = row.iter().enumerate().map(|(c, cell)| match cell {
            Cell::Wall => '#',
            Cell::Start => 'S',
            Cell::End => 'E',
            Cell::Open if on_path.contains(&Pos { r, c }) => '*',
            Cell::Open => ' ',
        }).collect();
        println!("  {}", line);
    }
    let turns = path.windows(3).filter(|w| (w[0].r == w[1].r) != (w[1].r == w[2].r)).count();
    println!("turns: {}", turns);
    let dead_ends: Vec<Pos> = maze.grid.iter().enumerate()
        .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, cell)| (Pos { r, c }, *cell)))
        .filter(|&(p, cell)| cell == Cell::Open && maze.neighbours(p).count() == 1)
        .map(|(p, _)| p)
        .collect();
    println!("dead ends: {:?}", dead_ends.iter().map(|p| (p.r, p.c)).collect::<Vec<_>>());
    let blocked = Maze::parse("#####\n#S#E#\n#####").unwrap();
    println!("blocked maze path: {:?}", blocked.solve().map(|p| p.len()));
    println!("bad maze parses: {}", Maze::parse("#S?E#").is_some());
    let route = blocked.solve();
    println!("first step of blocked route: {:?}", route.unwrap()[1]);
}
