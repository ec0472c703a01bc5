// Advent-of-Code style: sum calories per elf, find top three.
const INPUT: &str = "1000
2000
3000

4000

5000
6000

7000
8000
9000

10000

2500
2500
2500
";

#[derive(Debug, Clone)]
struct Elf {
    id: usize,
    items: Vec<u32>,
}

impl Elf {
    fn total(&self) -> u32 {
        self.items.iter().sum()
    }
}

fn parse(input: &str) -> Vec<Elf> {
    input
        .split("\n\n")
        .enumerate()
        .map(|(i, block)| Elf {
            id: i + 1,
            items: block
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| l.trim().parse::<u32>().expect("bad number"))
                .collect(),
        })
        .collect()
}

fn main() {
    let elves = parse(INPUT);
    println!("Parsed {} elves", elves.len());
    for elf in &elves {
        println!("  elf #{:<2} carries {:>2} items = {:>6}", elf.id, elf.items.len(), elf.total());
    }

    let best = elves.iter().max_by_key(|e| e.total()).unwrap();
    println!("Part 1: elf {} with {}", best.id, best.total());

    let mut totals: Vec<u32> = elves.iter().map(Elf::total).collect();
    totals.sort_unstable_by(|a, b| b.cmp(a));
    let top3: u32 = totals.iter().take(3).sum();
    println!("Part 2: top three = {:?}, sum = {}", &totals[..3], top3);

    let avg = totals.iter().sum::<u32>() as f64 / totals.len() as f64;
    println!("Average: {:.3}", avg);
}
