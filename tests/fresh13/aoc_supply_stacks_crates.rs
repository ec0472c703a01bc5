use std::fmt;
use std::str::FromStr;

const INPUT: &str = "    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Step {
    count: usize,
    from: usize,
    to: usize,
}

impl FromStr for Step {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let nums: Vec<usize> = s
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        match nums[..] {
            [count, from, to] if from > 0 && to > 0 => Ok(Step { count, from: from - 1, to: to - 1 }),
            _ => Err(format!("bad step: {s}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Stacks(Vec<Vec<char>>);

impl Stacks {
    fn parse(drawing: &str) -> Self {
        let mut lines: Vec<&str> = drawing.lines().collect();
        let labels = lines.pop().unwrap_or_default();
        let n = labels.split_whitespace().count();
        let mut stacks = vec![Vec::new(); n];
        for line in lines.iter().rev() {
            for (i, ch) in line.char_indices().filter(|(i, _)| i % 4 == 1) {
                if ch.is_ascii_alphabetic() {
                    stacks[i / 4].push(ch);
                }
            }
        }
        Stacks(stacks)
    }

    fn apply(&mut self, step: Step, keep_order: bool) {
        let from = &mut self.0[step.from];
        let mut moved = from.split_off(from.len() - step.count);
        if !keep_order {
            moved.reverse();
        }
        self.0[step.to].extend(moved);
    }

    fn tops(&self) -> String {
        self.0.iter().filter_map(|s| s.last()).collect()
    }
}

impl fmt::Display for Stacks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            writeln!(f, "{} | {}", i + 1, s.iter().collect::<String>())?;
        }
        Ok(())
    }
}

fn solve(input: &str) -> Result<(String, String), String> {
    let (drawing, moves) = input.split_once("\n\n").ok_or("missing blank line")?;
    let initial = Stacks::parse(drawing);
    let steps = moves.lines().map(str::parse).collect::<Result<Vec<Step>, _>>()?;
    let run = |keep| {
        steps.iter().fold(initial.clone(), |mut st, &s| {
            st.apply(s, keep);
            st
        })
    };
    let (a, b) = (run(false), run(true));
    print!("initial:\n{initial}after 9000:\n{a}after 9001:\n{b}");
    Ok((a.tops(), b.tops()))
}

fn main() {
    match solve(INPUT) {
        Ok((p1, p2)) => {
            println!("part1={p1} part2={p2}");
            assert_eq!((p1.as_str(), p2.as_str()), ("CMZ", "MCD"));
        }
        Err(e) => println!("error: {e}"),
    }
    let custom = "[A]         [E]\n[B] [C] [D] [F]\n 1   2   3   4\n\nmove 2 from 4 to 2\nmove 3 from 2 to 1\nmove 1 from 3 to 4";
    println!("{:?}", solve(custom));
    println!("{:?}", solve("[A]\n 1\nmove 1 from 1 to 1"));
    println!("{:?}", solve("[A]\n 1\n\nmove one from 1 to 1"));
}
