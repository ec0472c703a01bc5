use std::collections::{HashSet, VecDeque};

const MAZE: &str = "\
##########
#S..#....#
#.#.#.##.#
#.#...#..#
#.####.#.#
#......#E#
##########";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Pos {
    r: usize,
    c: usize,
}

#[derive(Debug, Clone, Copy)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

impl Dir {
    const ALL: [Dir; 4] = [Dir::Up, Dir::Right, Dir::Down, Dir::Left];
    fn step(self, p: Pos) -> Option<Pos> {
        Some(match self {
            Dir::Up => Pos { r: p.r.checked_sub(1)?, c: p.c },
            Dir::Down => Pos { r: p.r + 1, c: p.c },
            Dir::Left => Pos { r: p.r, c: p.c.checked_sub(1)? },
            Dir::Right => Pos { r: p.r, c: p.c + 1 },
        })
    }
    fn arrow(self) -> char {
        match self {
            Dir::Up => '^',
            Dir::Down => 'v',
            Dir::Left => '<',
            Dir::Right => '>',
        }
    }
}

struct Grid {
    cells: Vec<Vec<char>>,
}

impl Grid {
    fn parse(s: &str) -> Grid {
        Grid { cells: s.lines().map(|l| l.chars().collect()).collect() }
    }
    fn find(&self, ch: char) -> Option<Pos> {
        self.cells.iter().enumerate().find_map(|(r, row)| row.iter().position(|&x| x == ch).map(|c| Pos { r, c }))
    }
    fn open(&self, p: Pos) -> bool {
        self.cells.get(p.r).and_then(|row| row.get(p.c)).is_some_and(|&ch| ch != '#')
    }
    fn solve(&self, from: Pos, to: Pos) -> Option<Vec<(Pos, Dir)>> {
        let h = self.cells.len();
        let w = self.cells[0].len();
        let mut came: Vec<Vec<Option<(Pos, Dir)>>> = vec![vec![None; w]; h];
        let mut seen = HashSet::from([from]);
        let mut q = VecDeque::new();
        q.push_back(from);
        'search: while let Some(p) = q.pop_front() {
            for d in Dir::ALL {
                let Some(n) = d.step(p) else { continue };
                if !self.open(n) || !seen.insert(n) {
                    continue;
                }
                came[n.r][n.c] = Some((p, d));
                if n == to {
                    break 'search;
                }
                q.push_back(n);
            }
        }
        let mut path = Vec::new();
        let mut cur = to;
        while cur != from {
            let (prev, d) = came[cur.r][cur.c]?;
            path.push((prev, d));
            cur = prev;
        }
        path.reverse();
        Some(path)
    }
}

fn main() {
    let mut grid = Grid::parse(MAZE);
    let start = grid.find('S').expect("start");
    let end = grid.find('E').expect("end");
    println!("start {:?} end {:?}", start, end);
    let open = grid.cells.iter().flatten().filter(|&&c| c != '#').count();
    println!("open cells: {}", open);
    match grid.solve(start, end) {
        Some(path) => {
            println!("path length {}", path.len());
            let moves: String = path.iter().map(|(_, d)| d.arrow()).collect();
            println!("moves: {}", moves);
            let mut compressed = String::new();
            let mut it = moves.chars().peekable();
            while let Some(c) = it.next() {
                let mut n = 1;
                while it.peek() == Some(&c) {
                    it.next();
                    n += 1;
                }
                compressed.push_str(&format!("{}{}", n, c));
            }
            println!("compressed: {}", compressed);
            for (p, d) in path.iter().skip(1) {
                grid.cells[p.r][p.c] = d.arrow();
            }
            for row in &grid.cells {
                println!("{}", row.iter().collect::<String>());
            }
        }
        None => println!("no path"),
    }
    grid.cells[3][5] = '#';
    grid.cells[5][6] = '#';
    let blocked = Grid::parse(&grid.cells.iter().map(|r| r.iter().map(|&c| if "^v<>".contains(c) { '.' } else { c }).collect::<String>()).collect::<Vec<_>>().join("\n"));
    println!("after blocking: {:?}", blocked.solve(start, end).map(|p| p.len()));
}
