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

#[derive(Debug, Clone)]
struct Cave {
    risk: Vec<Vec<u32>>,
}

impl Cave {
    fn parse(input: &str) -> Self {
        let risk = input
            .lines()
            .map(|l| l.chars().map(|c| c.to_digit(10).expect("digit")).collect())
            .collect();
        Cave { risk }
    }

    fn tiled(&self, factor: usize) -> Self {
        let (h, w) = (self.risk.len(), self.risk[0].len());
        let risk = (0..h * factor)
            .map(|r| {
                (0..w * factor)
                    .map(|c| {
                        let base = self.risk[r % h][c % w] + (r / h + c / w) as u32;
                        (base - 1) % 9 + 1
                    })
                    .collect()
            })
            .collect();
        Cave { risk }
    }

    fn lowest_total_risk(&self) -> Option<u32> {
        let (h, w) = (self.risk.len(), self.risk[0].len());
        let mut dist = vec![vec![u32::MAX; w]; h];
        let mut heap = BinaryHeap::new();
        dist[0][0] = 0;
        heap.push(Reverse((0u32, 0usize, 0usize)));
        while let Some(Reverse((d, r, c))) = heap.pop() {
            if (r, c) == (h - 1, w - 1) {
                return Some(d);
            }
            if d > dist[r][c] {
                continue;
            }
            let candidates = [
                r.checked_sub(1).map(|nr| (nr, c)),
                (r + 1 < h).then(|| (r + 1, c)),
                c.checked_sub(1).map(|nc| (r, nc)),
                (c + 1 < w).then(|| (r, c + 1)),
            ];
            for (nr, nc) in candidates.into_iter().flatten() {
                let nd = d + self.risk[nr][nc];
                if nd < dist[nr][nc] {
                    dist[nr][nc] = nd;
                    heap.push(Reverse((nd, nr, nc)));
                }
            }
        }
        None
    }
}

fn main() {
    let cave = Cave::parse(INPUT);
    let p1 = cave.lowest_total_risk();
    println!("part1: {p1:?}");
    let big = cave.tiled(5);
    println!("tiled size: {}x{}", big.risk.len(), big.risk[0].len());
    let preview: Vec<String> = big.risk[0].iter().step_by(10).take(5).map(|v| v.to_string()).collect();
    println!("tile corners row0: {}", preview.join(" "));
    let p2 = big.lowest_total_risk();
    println!("part2: {p2:?}");
    assert_eq!(p1, Some(40));
    assert_eq!(p2, Some(315));

    let small = Cave::parse("19\n11");
    assert_eq!(small.lowest_total_risk(), Some(2));
    let line = Cave::parse("12345");
    println!("single row: {:?}", line.lowest_total_risk());
    for k in 1..=3 {
        println!("tiled x{k}: {:?}", Cave::parse("8").tiled(k).lowest_total_risk());
    }
}
