use std::cmp::Reverse;
use std::collections::BinaryHeap;

const INPUT: &str = "1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581";

fn parse(input: &str) -> Vec<Vec<u32>> {
    input
        .lines()
        .map(|line| line.chars().map(|c| c.to_digit(10).unwrap()).collect())
        .collect()
}

fn lowest_risk(grid: &Vec<Vec<u32>>) -> u32 {
    let h = grid.len();
    let w = grid[0].len();
    let mut dist = vec![vec![u32::MAX; w]; h];
    let mut heap = BinaryHeap::new();
    dist[0][0] = 0;
    heap.push(Reverse((0u32, 0usize, 0usize)));
    while let Some(Reverse((cost, r, c))) = heap.pop() {
        if (r, c) == (h - 1, w - 1) {
            return cost;
        }
        if cost > dist[r][c] {
            continue;
        }
        let mut neighbours = Vec::with_capacity(4);
        if r > 0 { neighbours.push((r - 1, c)); }
        if c > 0 { neighbours.push((r, c - 1)); }
        if r + 1 < h { neighbours.push((r + 1, c)); }
        if c + 1 < w { neighbours.push((r, c + 1)); }
        for (nr, nc) in neighbours {
            let next = cost + grid[nr][nc];
            if next < dist[nr][nc] {
                dist[nr][nc] = next;
                heap.push(Reverse((next, nr, nc)));
            }
        }
    }
    unreachable!("end is always reachable")
}

fn expand(grid: &Vec<Vec<u32>>, times: usize) -> Vec<Vec<u32>> {
    let h = grid.len();
    let w = grid[0].len();
    let mut out = vec![vec![0; w * times]; h * times];
    for tr in 0..times {
        for tc in 0..times {
            for r in 0..h {
                for c in 0..w {
                    let v = grid[r][c] + (tr + tc) as u32;
                    out[tr * h + r][tc * w + c] = (v - 1) % 9 + 1;
                }
            }
        }
    }
    out
}

fn main() {
    let grid = parse(INPUT);
    println!("grid {}x{}", grid.len(), grid[0].len());
    println!("part 1: {}", lowest_risk(&grid));
    let big = expand(&grid, 5);
    println!("expanded {}x{}", big.len(), big[0].len());
    let corner: String = big[big.len() - 1][big[0].len() - 10..].iter().map(|d| d.to_string()).collect();
    println!("last row tail: {}", corner);
    println!("part 2: {}", lowest_risk(&big));
}
