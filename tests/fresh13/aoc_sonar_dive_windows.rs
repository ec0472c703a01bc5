use std::str::FromStr;

const DEPTHS: &str = "199
200
208
210
200
207
240
269
260
263";

const COMMANDS: &str = "forward 5
down 5
forward 8
up 3
down 8
forward 2";

fn count_increases(depths: &[i64], window: usize) -> usize {
    // comparing sums of sliding windows reduces to comparing elements `window` apart
    depths.iter().zip(depths.iter().skip(window)).filter(|(a, b)| b > a).count()
}

fn count_increases_naive(depths: &[i64], window: usize) -> usize {
    let sums: Vec<i64> = depths.windows(window).map(|w| w.iter().sum()).collect();
    sums.windows(2).filter(|p| p[1] > p[0]).count()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Forward(i64),
    Down(i64),
    Up(i64),
}

impl FromStr for Command {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split_whitespace();
        let (Some(word), Some(num), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("malformed command: {s:?}"));
        };
        let n: i64 = num.parse().map_err(|_| format!("bad number in {s:?}"))?;
        match word {
            "forward" => Ok(Command::Forward(n)),
            "down" => Ok(Command::Down(n)),
            "up" => Ok(Command::Up(n)),
            _ => Err(format!("unknown command word {word:?}")),
        }
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Sub {
    pos: i64,
    depth: i64,
    aim: i64,
}

fn main() {
    let depths: Vec<i64> = DEPTHS.lines().map(|l| l.parse().unwrap()).collect();
    for w in [1, 3, 5] {
        let fast = count_increases(&depths, w);
        assert_eq!(fast, count_increases_naive(&depths, w));
        println!("window {w}: {fast} increases");
    }
    let deltas: Vec<i64> = depths.windows(2).map(|p| p[1] - p[0]).collect();
    println!("deltas: {deltas:?}");
    let max_drop = deltas.iter().copied().min().unwrap_or(0);
    println!("largest drop: {max_drop}");

    let commands: Vec<Command> = COMMANDS.lines().map(|l| l.parse()).collect::<Result<_, _>>().unwrap();
    let simple = commands.iter().fold(Sub::default(), |s, c| match *c {
        Command::Forward(n) => Sub { pos: s.pos + n, ..s },
        Command::Down(n) => Sub { depth: s.depth + n, ..s },
        Command::Up(n) => Sub { depth: s.depth - n, ..s },
    });
    println!("part1: {:?} product={}", simple, simple.pos * simple.depth);

    let trace: Vec<Sub> = commands
        .iter()
        .scan(Sub::default(), |s, c| {
            match *c {
                Command::Forward(n) => { s.pos += n; s.depth += s.aim * n; }
                Command::Down(n) => s.aim += n,
                Command::Up(n) => s.aim -= n,
            }
            Some(*s)
        })
        .collect();
    for (c, s) in commands.iter().zip(&trace) {
        println!("  {:<12} -> pos={:>2} depth={:>3} aim={:>2}", format!("{c:?}"), s.pos, s.depth, s.aim);
    }
    let last = trace.last().copied().unwrap_or_default();
    println!("part2: product={}", last.pos * last.depth);

    for bad in ["sideways 3", "up", "down x", "forward 1 2"] {
        println!("{bad:?} -> {:?}", bad.parse::<Command>());
    }
}
