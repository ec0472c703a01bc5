use std::collections::VecDeque;
use std::error::Error;

const INPUT: &str = "Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1";

struct Monkey {
    items: VecDeque<u64>,
    op: Box<dyn Fn(u64) -> u64>,
    divisor: u64,
    targets: (usize, usize),
    inspected: u64,
}

fn field<'a>(line: Option<&'a str>, prefix: &str) -> Result<&'a str, Box<dyn Error>> {
    let line = line.ok_or_else(|| format!("missing line for {prefix:?}"))?;
    Ok(line.trim().strip_prefix(prefix).ok_or_else(|| format!("expected {prefix:?} in {line:?}"))?.trim())
}

fn make_op(expr: &str) -> Result<Box<dyn Fn(u64) -> u64>, Box<dyn Error>> {
    let toks: Vec<&str> = expr.split_whitespace().collect();
    let [_, op, rhs] = toks[..] else { return Err(format!("bad expr {expr}").into()) };
    let operand: Option<u64> = if rhs == "old" { None } else { Some(rhs.parse()?) };
    Ok(match (op, operand) {
        ("*", None) => Box::new(|x| x * x),
        ("*", Some(k)) => Box::new(move |x| x * k),
        ("+", None) => Box::new(|x| x + x),
        ("+", Some(k)) => Box::new(move |x| x + k),
        _ => return Err(format!("unknown operator {op}").into()),
    })
}

fn parse(input: &str) -> Result<Vec<Monkey>, Box<dyn Error>> {
    input
        .split("\n\n")
        .map(|block| {
            let mut lines = block.lines().skip(1);
            let items = field(lines.next(), "Starting items:")?
                .split(", ")
                .map(|s| s.parse::<u64>())
                .collect::<Result<VecDeque<_>, _>>()?;
            let op = make_op(field(lines.next(), "Operation: new =")?)?;
            let divisor = field(lines.next(), "Test: divisible by")?.parse()?;
            let t = field(lines.next(), "If true: throw to monkey")?.parse()?;
            let f = field(lines.next(), "If false: throw to monkey")?.parse()?;
            Ok(Monkey { items, op, divisor, targets: (t, f), inspected: 0 })
        })
        .collect()
}

fn simulate(rounds: usize, relief: impl Fn(u64) -> u64) -> Result<(u64, Vec<u64>), Box<dyn Error>> {
    let mut ms = parse(INPUT)?;
    let modulus: u64 = ms.iter().map(|m| m.divisor).product();
    for _ in 0..rounds {
        for i in 0..ms.len() {
            while let Some(item) = ms[i].items.pop_front() {
                ms[i].inspected += 1;
                let w = relief((ms[i].op)(item)) % modulus;
                let dest = if w % ms[i].divisor == 0 { ms[i].targets.0 } else { ms[i].targets.1 };
                ms[dest].items.push_back(w);
            }
        }
    }
    let counts: Vec<u64> = ms.iter().map(|m| m.inspected).collect();
    let mut sorted = counts.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    Ok((sorted.iter().take(2).product(), counts))
}

fn main() -> Result<(), Box<dyn Error>> {
    let ms = parse(INPUT)?;
    for (i, m) in ms.iter().enumerate() {
        println!("monkey {i}: items {:?} div {:>2} -> {:?}, op(10) = {}", m.items, m.divisor, m.targets, (m.op)(10));
    }
    let (p1, c1) = simulate(20, |w| w / 3)?;
    println!("part 1 inspections: {:?}", c1);
    println!("part 1 monkey business: {p1}");
    for rounds in [1, 20, 1000, 10000] {
        let (p2, c2) = simulate(rounds, |w| w)?;
        println!("{:>5} rounds: {:<28} business {:>12}", rounds, format!("{:?}", c2), p2);
    }
    match make_op("old - 4") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("error: {e}"),
    }
    let bad = parse("Monkey 0:\n  Starting items: 1, x\n");
    println!("bad parse: {}", bad.err().map(|e| e.to_string()).unwrap_or_default());
    Ok(())
}
