// A sales pipeline built from Iterator adapters.
#[derive(Debug, Clone)]
struct Sale {
    region: &'static str,
    amount: u32,
}

fn main() {
    let sales = vec![
        Sale { region: "north", amount: 120 }, Sale { region: "south", amount: 80 }, Sale { region: "north", amount: 45 },
        Sale { region: "east", amount: 300 }, Sale { region: "west", amount: 15 }, Sale { region: "south", amount: 220 },
    ];
    let amounts: Vec<u32> = sales.iter().map(|s| s.amount).collect();
    println!("map={:?}", amounts);
    println!("filter={:?}", sales.iter().filter(|s| s.amount > 100).map(|s| s.region).collect::<Vec<_>>());
    println!("filter_map={:?}", ["1", "x", "3"].iter().filter_map(|s| s.parse::<u32>().ok()).collect::<Vec<_>>());
    println!("enumerate={:?}", sales.iter().enumerate().filter(|(i, _)| i % 2 == 0).map(|(i, s)| (i, s.amount)).collect::<Vec<_>>());
    println!("step_by={:?}", amounts.iter().step_by(2).collect::<Vec<_>>());
    println!("chain={:?}", amounts[..2].iter().chain(amounts[4..].iter()).collect::<Vec<_>>());
    println!("zip={:?}", sales.iter().zip(1..).map(|(s, n)| format!("{n}:{}", s.region)).collect::<Vec<_>>());
    let (regions, totals): (Vec<&str>, Vec<u32>) = sales.iter().map(|s| (s.region, s.amount)).unzip();
    println!("unzip={:?} {:?}", regions, totals);
    println!("skip_while={:?} take_while={:?}", amounts.iter().skip_while(|a| **a > 50).collect::<Vec<_>>(), amounts.iter().take_while(|a| **a > 50).collect::<Vec<_>>());
    println!("map_while={:?}", ["7", "8", "x", "9"].iter().map_while(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    println!("skip={:?} take={:?}", amounts.iter().skip(4).collect::<Vec<_>>(), amounts.iter().take(2).collect::<Vec<_>>());
    println!("scan={:?}", amounts.iter().scan(0, |acc, a| { *acc += a; Some(*acc) }).collect::<Vec<_>>());
    println!("flat_map={:?}", sales.iter().take(2).flat_map(|s| s.region.chars().take(2)).collect::<String>());
    println!("flatten={:?}", vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect::<Vec<_>>());
    println!("flatten options={:?}", [Some(1), None, Some(3)].into_iter().flatten().collect::<Vec<_>>());
    let mut fused = [Some(1), None, Some(2)].into_iter().map_while(|x| x).fuse();
    println!("fuse={:?} {:?} {:?}", fused.next(), fused.next(), fused.next());
    let mut seen = Vec::new();
    let total: u32 = amounts.iter().inspect(|a| seen.push(**a)).sum();
    println!("inspect total={} seen={}", total, seen.len());
    let mut it = amounts.iter();
    let firsts: Vec<_> = it.by_ref().take(2).collect();
    println!("by_ref firsts={:?} rest={:?}", firsts, it.collect::<Vec<_>>());
    println!("rev={:?}", amounts.iter().rev().take(3).collect::<Vec<_>>());
    println!("copied={:?} cloned={:?}", amounts.iter().copied().max(), sales.iter().cloned().map(|s| s.amount).min());
    println!("cycle={:?}", [1, 2, 3].iter().cycle().take(7).collect::<Vec<_>>());
    let mut pk = amounts.iter().peekable();
    let mut groups = Vec::new();
    while let Some(a) = pk.next() {
        if let Some(next) = pk.peek() {
            groups.push(format!("{a}->{next}"));
        }
    }
    println!("peekable={:?}", groups);
    let mut pk2 = [1, 2, 3, 10, 11].into_iter().peekable();
    let small: Vec<_> = std::iter::from_fn(|| pk2.next_if(|x| *x < 5)).collect();
    println!("next_if={:?} next_if_eq={:?} peek_mut:", small, pk2.next_if_eq(&10));
    if let Some(p) = pk2.peek_mut() {
        *p *= 2;
    }
    println!("  {:?}", pk2.collect::<Vec<_>>());
    println!("size_hint={:?} {:?}", amounts.iter().filter(|_| true).size_hint(), amounts.iter().chain([1].iter()).size_hint());
    let mut range = 0..10;
    println!("nth={:?} nth_back={:?} last={:?}", range.nth(3), range.nth_back(2), range.clone().last());
    println!("advance: {:?}", (1..=5).rev().skip(1).step_by(2).collect::<Vec<_>>());
    let words = ["apple", "bob", "kayak", "zed"];
    println!("map_windows-free pairs={:?}", words.windows(2).map(|w| w[0].len() + w[1].len()).collect::<Vec<_>>());
    println!("successors={:?}", std::iter::successors(Some(1u32), |x| if *x < 100 { Some(x * 3) } else { None }).collect::<Vec<_>>());
    println!("repeat_with={:?}", { let mut c = 0; std::iter::repeat_with(move || { c += 1; c * c }).take(4).collect::<Vec<_>>() });
    println!("once/empty={:?}", std::iter::once(5).chain(std::iter::empty()).chain(std::iter::repeat(9).take(2)).collect::<Vec<_>>());
    println!("repeat_n={:?}", std::iter::repeat_n("ab", 3).collect::<String>());
}
