const INPUT: &str = "    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2";

#[derive(Debug, Clone, Copy)]
struct Step {
    count: usize,
    from: usize,
    to: usize,
}

fn parse_stacks(drawing: &str) -> Vec<Vec<char>> {
    let mut lines: Vec<&str> = drawing.lines().collect();
    let labels = lines.pop().unwrap();
    let n = labels.split_whitespace().count();
    let mut stacks = vec![Vec::new(); n];
    for line in lines.iter().rev() {
        let bytes = line.as_bytes();
        for i in 0..n {
            let idx = 1 + i * 4;
            if idx < bytes.len() && bytes[idx].is_ascii_alphabetic() {
                stacks[i].push(bytes[idx] as char);
            }
        }
    }
    stacks
}

fn parse_steps(text: &str) -> Vec<Step> {
    text.lines()
        .map(|l| {
            let nums: Vec<usize> = l
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            Step { count: nums[0], from: nums[1] - 1, to: nums[2] - 1 }
        })
        .collect()
}

fn tops(stacks: &[Vec<char>]) -> String {
    stacks.iter().filter_map(|s| s.last()).collect()
}

fn main() {
    let (drawing, moves) = INPUT.split_once("\n\n").unwrap();
    let stacks = parse_stacks(drawing);
    let steps = parse_steps(moves);
    println!("initial: {:?}", stacks);

    let mut a = stacks.clone();
    for s in &steps {
        for _ in 0..s.count {
            let c = a[s.from].pop().unwrap();
            a[s.to].push(c);
        }
    }
    println!("CrateMover 9000: {:?} -> {}", a, tops(&a));

    let mut b = stacks;
    for s in steps.iter().copied() {
        let at = b[s.from].len() - s.count;
        let moved: Vec<char> = b[s.from].drain(at..).collect();
        b[s.to].extend(moved);
    }
    println!("CrateMover 9001: {:?} -> {}", b, tops(&b));
}
