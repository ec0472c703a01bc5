#[derive(Debug, Clone, PartialEq)]
struct Runner {
    name: &'static str,
    club: &'static str,
    time: f64,
    age: u8,
}

fn fmt_time(t: f64) -> String {
    let m = (t / 60.0).floor() as u32;
    format!("{}:{:06.3}", m, t - m as f64 * 60.0)
}

fn main() {
    let mut runners = vec![
        Runner { name: "Ana", club: "Hawks", time: 251.4, age: 31 },
        Runner { name: "Ben", club: "Owls", time: 239.95, age: 45 },
        Runner { name: "Cai", club: "Hawks", time: 262.0, age: 22 },
        Runner { name: "Dee", club: "Foxes", time: 239.95, age: 28 },
        Runner { name: "Eli", club: "Owls", time: 301.25, age: 60 },
        Runner { name: "Fay", club: "Foxes", time: 244.5, age: 39 },
        Runner { name: "Gus", club: "Hawks", time: 0.0, age: 50 },
    ];
    runners.retain(|r| r.time > 0.0);
    runners.sort_by(|a, b| b.time.partial_cmp(&a.time).unwrap().then_with(|| a.name.cmp(b.name)));
    println!("slowest first:");
    for r in &runners {
        println!("  {:<4}{:>10} {:>6}", r.name, fmt_time(r.time), r.club);
    }
    runners.sort_by(|a, b| a.time.total_cmp(&b.time));
    let names: Vec<_> = runners.iter().map(|r| r.name).collect();
    println!("fastest first (stable): {:?}", names);

    let pos = runners.binary_search_by(|r| r.time.partial_cmp(&250.0).unwrap());
    println!("insert 250.0 at {:?}", pos);
    let found = runners.binary_search_by(|r| r.time.total_cmp(&244.5)).map(|i| runners[i].name);
    println!("244.5 is {:?}", found);

    let mut by_club = runners.clone();
    by_club.sort_unstable_by_key(|r| (r.club, std::cmp::Reverse(r.age)));
    println!("{:?}", by_club.iter().map(|r| format!("{}/{}", r.club, r.age)).collect::<Vec<_>>());
    by_club.dedup_by_key(|r| r.club);
    println!("one per club: {:?}", by_club.iter().map(|r| r.name).collect::<Vec<_>>());

    let mut nums: Vec<i32> = vec![5, 3, 8, 3, 3, 9, 1, 8, 8, 2, 7, 4];
    nums.sort_unstable();
    nums.dedup();
    println!("dedup {:?}", nums);
    nums.rotate_left(3);
    println!("rotl3 {:?}", nums);
    nums.rotate_right(1);
    println!("rotr1 {:?}", nums);
    {
        let (left, right) = nums.split_at_mut(4);
        left.swap_with_slice(&mut right[..4]);
        right.reverse();
    }
    println!("swapped {:?}", nums);
    for c in nums.chunks_exact(3) {
        print!("[{}] ", c.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("+"));
    }
    println!("rem {:?}", nums.chunks_exact(3).remainder());
    for c in nums.rchunks(3) {
        print!("{:?}", c);
    }
    println!();
    let mut words = vec!["delta", "Alpha", "charlie", "bravo", "echo", "alpha"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{:?}", words);
    let mut floats = vec![2.5, -1.0, f64::INFINITY, 0.0, -0.0, 1e-9];
    floats.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", floats);
    println!("is_sorted {} {}", nums.is_sorted(), [1, 2, 2, 5].is_sorted());
    let mut grid = vec![vec![3, 1], vec![2, 9], vec![2, 1]];
    grid.sort();
    println!("{:?} max {:?} contains {}", grid, grid.iter().max(), grid.contains(&vec![2, 9]));
    let mut v2: Vec<u32> = (1..=10).collect();
    let drained: Vec<u32> = v2.drain(2..5).collect();
    v2.truncate(5);
    v2.insert(1, 99);
    v2.extend_from_slice(&drained);
    let first = v2.remove(0);
    println!("{:?} removed {}", v2, first);
    let tail = v2.split_off(4);
    println!("{:?} {:?}", tail, v2);
}
