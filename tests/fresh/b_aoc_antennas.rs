use std::collections::{BTreeMap, HashSet};

const MAP: &str = "............
........0...
.....0......
.......0....
....0.......
......A.....
............
............
........A...
.........A..
............
............";

fn in_bounds(p: (i32, i32), h: i32, w: i32) -> bool {
    p.0 >= 0 && p.1 >= 0 && p.0 < h && p.1 < w
}

fn main() {
    let grid: Vec<Vec<char>> = MAP.lines().map(|l| l.chars().collect()).collect();
    let h = grid.len() as i32;
    let w = grid[0].len() as i32;
    let mut antennas: BTreeMap<char, Vec<(i32, i32)>> = BTreeMap::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch != '.' {
                antennas.entry(ch).or_default().push((r as i32, c as i32));
            }
        }
    }
    for (freq, list) in &antennas {
        println!("frequency {}: {:?}", freq, list);
    }

    let mut part1: HashSet<(i32, i32)> = HashSet::new();
    let mut part2: HashSet<(i32, i32)> = HashSet::new();
    for list in antennas.values() {
        for (i, &a) in list.iter().enumerate() {
            for (j, &b) in list.iter().enumerate() {
                if i == j {
                    continue;
                }
                let d = (b.0 - a.0, b.1 - a.1);
                let node = (b.0 + d.0, b.1 + d.1);
                if in_bounds(node, h, w) {
                    part1.insert(node);
                }
                let mut p = b;
                while in_bounds(p, h, w) {
                    part2.insert(p);
                    p = (p.0 + d.0, p.1 + d.1);
                }
            }
        }
    }
    println!("part 1: {}", part1.len());
    println!("part 2: {}", part2.len());

    let mut out = grid.clone();
    for &(r, c) in &part2 {
        if out[r as usize][c as usize] == '.' {
            out[r as usize][c as usize] = '#';
        }
    }
    for row in out {
        println!("{}", String::from_iter(row));
    }
}
