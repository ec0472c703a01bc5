// Spiral matrix: fill an n x n grid clockwise with 1..=n*n.
use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Dir {
    Right,
    Down,
    Left,
    Up,
}

impl Dir {
    fn turn(self) -> Dir {
        match self {
            Dir::Right => Dir::Down,
            Dir::Down => Dir::Left,
            Dir::Left => Dir::Up,
            Dir::Up => Dir::Right,
        }
    }

    fn delta(self) -> (isize, isize) {
        match self {
            Dir::Right => (0, 1),
            Dir::Down => (1, 0),
            Dir::Left => (0, -1),
            Dir::Up => (-1, 0),
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Spiral(pub Vec<Vec<u32>>);

pub fn spiral_matrix(size: usize) -> Spiral {
    let mut grid = vec![vec![0u32; size]; size];
    let (mut r, mut c, mut dir) = (0isize, 0isize, Dir::Right);
    for value in 1..=(size * size) as u32 {
        grid[r as usize][c as usize] = value;
        let (dr, dc) = dir.delta();
        let (nr, nc) = (r + dr, c + dc);
        let blocked = nr < 0
            || nc < 0
            || nr >= size as isize
            || nc >= size as isize
            || grid[nr as usize][nc as usize] != 0;
        if blocked {
            dir = dir.turn();
        }
        let (dr, dc) = dir.delta();
        r += dr;
        c += dc;
    }
    Spiral(grid)
}

impl fmt::Display for Spiral {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = self.0.len().pow(2).to_string().len();
        for row in &self.0 {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>w$}", v, w = width)).collect();
            writeln!(f, "{}", cells.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    print!("{}", spiral_matrix(5));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_spiral() {
        assert_eq!(spiral_matrix(0), Spiral(vec![]));
    }

    #[test]
    fn trivial_spiral() {
        assert_eq!(spiral_matrix(1).0, vec![vec![1]]);
    }

    #[test]
    fn spiral_of_size_2() {
        assert_eq!(spiral_matrix(2).0, vec![vec![1, 2], vec![4, 3]]);
    }

    #[test]
    fn spiral_of_size_4() {
        let expected = vec![
            vec![1, 2, 3, 4],
            vec![12, 13, 14, 5],
            vec![11, 16, 15, 6],
            vec![10, 9, 8, 7],
        ];
        assert_eq!(spiral_matrix(4).0, expected);
    }

    #[test]
    fn display_size_3() {
        let text = spiral_matrix(3).to_string();
        println!("{}", text);
        assert_eq!(text, "1 2 3\n8 9 4\n7 6 5\n");
    }

    #[test]
    fn display_pads_columns() {
        let text = spiral_matrix(4).to_string();
        assert_eq!(text.lines().next(), Some(" 1  2  3  4"));
    }

    #[test]
    fn contains_every_number_once() {
        let mut all: Vec<u32> = spiral_matrix(7).0.into_iter().flatten().collect();
        all.sort();
        assert_eq!(all, (1..=49).collect::<Vec<_>>());
    }
}
