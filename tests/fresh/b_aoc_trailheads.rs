use std::collections::HashSet;

const MAP: &str = "89010123
78121874
87430965
96549874
45678903
32019012
01329801
10456732";

struct Topo {
    h: Vec<Vec<u8>>,
}

impl Topo {
    fn parse(s: &str) -> Topo {
        Topo {
            h: s.lines().map(|l| l.bytes().map(|b| b - b'0').collect()).collect(),
        }
    }

    fn neighbours(&self, r: usize, c: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let rows = self.h.len();
        let cols = self.h[0].len();
        [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)]
            .into_iter()
            .filter_map(move |(dr, dc)| {
                let nr = r as i32 + dr;
                let nc = c as i32 + dc;
                if nr >= 0 && nc >= 0 && (nr as usize) < rows && (nc as usize) < cols {
                    Some((nr as usize, nc as usize))
                } else {
                    None
                }
            })
    }

    fn walk(&self, r: usize, c: usize, peaks: &mut HashSet<(usize, usize)>) -> u32 {
        let here = self.h[r][c];
        if here == 9 {
            peaks.insert((r, c));
            return 1;
        }
        let mut rating = 0;
        for (nr, nc) in self.neighbours(r, c) {
            if self.h[nr][nc] == here + 1 {
                rating += self.walk(nr, nc, peaks);
            }
        }
        rating
    }
}

fn main() {
    let topo = Topo::parse(MAP);
    let mut score_total = 0;
    let mut rating_total = 0;
    for r in 0..topo.h.len() {
        for c in 0..topo.h[r].len() {
            if topo.h[r][c] != 0 {
                continue;
            }
            let mut peaks = HashSet::new();
            let rating = topo.walk(r, c, &mut peaks);
            println!("trailhead ({}, {}): score {} rating {}", r, c, peaks.len(), rating);
            score_total += peaks.len();
            rating_total += rating;
        }
    }
    println!("part 1: {}", score_total);
    println!("part 2: {}", rating_total);
}
