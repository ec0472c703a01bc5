// Breadth-first search over a grid maze and a sliding-window maximum, both queue-driven.
use std::collections::VecDeque;

const MAZE: [&str; 6] = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#.",
    "...#.#..",
    "#.....#E",
];

fn bfs(grid: &[Vec<u8>]) -> Option<(usize, Vec<(usize, usize)>)> {
    let h = grid.len();
    let w = grid[0].len();
    let mut dist = vec![vec![usize::MAX; w]; h];
    let mut prev = vec![vec![None; w]; h];
    let mut queue = VecDeque::new();
    queue.push_back((0usize, 0usize));
    dist[0][0] = 0;
    let mut max_queue = 0;
    while let Some((r, c)) = queue.pop_front() {
        max_queue = max_queue.max(queue.len() + 1);
        if grid[r][c] == b'E' {
            let mut path = vec![(r, c)];
            let mut cur = (r, c);
            while let Some(p) = prev[cur.0][cur.1] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            println!("max queue length {max_queue}, queue capacity {}", queue.capacity());
            return Some((dist[r][c], path));
        }
        let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if grid[nr][nc] != b'#' && dist[nr][nc] == usize::MAX {
                dist[nr][nc] = dist[r][c] + 1;
                prev[nr][nc] = Some((r, c));
                queue.push_back((nr, nc));
            }
        }
    }
    None
}

fn window_max(values: &[i32], k: usize) -> Vec<i32> {
    let mut out = Vec::new();
    let mut idx: VecDeque<usize> = VecDeque::with_capacity(k);
    for (i, &v) in values.iter().enumerate() {
        while let Some(&front) = idx.front() {
            if front + k <= i { idx.pop_front(); } else { break; }
        }
        while idx.back().map_or(false, |&b| values[b] <= v) {
            idx.pop_back();
        }
        idx.push_back(i);
        if i + 1 >= k {
            out.push(values[idx[0]]);
        }
    }
    out
}

fn main() {
    let grid: Vec<Vec<u8>> = MAZE.iter().map(|row| row.bytes().collect()).collect();
    match bfs(&grid) {
        Some((d, path)) => {
            println!("shortest path: {d} steps");
            println!("{:?}", path);
            let mut drawn: Vec<Vec<u8>> = grid.clone();
            for &(r, c) in &path[1..path.len() - 1] {
                drawn[r][c] = b'*';
            }
            for row in drawn {
                println!("{}", String::from_utf8(row).unwrap());
            }
        }
        None => println!("no path"),
    }
    let vals = [1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0];
    println!("window max k=3: {:?}", window_max(&vals, 3));
    println!("window max k=5: {:?}", window_max(&vals, 5));

    // Josephus problem with rotation
    let mut circle: VecDeque<u32> = (1..=10).collect();
    let mut order = Vec::new();
    while circle.len() > 1 {
        circle.rotate_left(2 % circle.len());
        order.push(circle.pop_front().unwrap());
    }
    println!("elimination order {:?}, survivor {:?}", order, circle.front());

    // binary search in a rotated (wrapped) sorted deque
    let mut sorted: VecDeque<i32> = VecDeque::with_capacity(8);
    for x in [40, 50, 60, 70] {
        sorted.push_back(x);
    }
    for x in [30, 20, 10] {
        sorted.push_front(x);
    }
    println!("sorted {:?} slices {:?}", sorted, sorted.as_slices());
    for probe in [10, 35, 60, 70, 80, 5] {
        println!("search {probe}: {:?}", sorted.binary_search(&probe));
    }
    println!("by_key: {:?}", sorted.binary_search_by_key(&6, |x| x / 10));
    println!("by: {:?}", sorted.binary_search_by(|x| x.cmp(&45)));
    println!("partition_point(<55) = {}", sorted.partition_point(|&x| x < 55));
    let pos = sorted.partition_point(|&x| x < 45);
    sorted.insert(pos, 45);
    println!("inserted 45 at {pos}: {:?}", sorted);
}
