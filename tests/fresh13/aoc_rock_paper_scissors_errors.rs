use std::error::Error;
use std::fmt;
use std::str::FromStr;

const INPUT: &str = "A Y
B X
C Z
A X
C Y
B Z
A Z";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Rock,
    Paper,
    Scissors,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ParseError {
    MissingField { line: usize },
    UnknownSymbol { line: usize, symbol: String },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::MissingField { line } => write!(f, "line {line}: expected two symbols"),
            ParseError::UnknownSymbol { line, symbol } => write!(f, "line {line}: unknown symbol {symbol:?}"),
        }
    }
}

impl Error for ParseError {}

impl FromStr for Shape {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "A" | "X" => Ok(Shape::Rock),
            "B" | "Y" => Ok(Shape::Paper),
            "C" | "Z" => Ok(Shape::Scissors),
            other => Err(other.to_string()),
        }
    }
}

impl Shape {
    fn score(self) -> u32 {
        self as u32 + 1
    }
    fn beats(self) -> Shape {
        match self {
            Shape::Rock => Shape::Scissors,
            Shape::Paper => Shape::Rock,
            Shape::Scissors => Shape::Paper,
        }
    }
    fn loses_to(self) -> Shape {
        self.beats().beats()
    }
    fn outcome(self, opp: Shape) -> u32 {
        if self == opp { 3 } else if self.beats() == opp { 6 } else { 0 }
    }
}

fn parse(input: &str) -> Result<Vec<(Shape, Shape)>, ParseError> {
    input
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let line = i + 1;
            let (a, b) = l.split_once(' ').ok_or(ParseError::MissingField { line })?;
            let conv = |s: &str| s.parse::<Shape>().map_err(|symbol| ParseError::UnknownSymbol { line, symbol });
            Ok((conv(a)?, conv(b)?))
        })
        .collect()
}

fn run(input: &str) -> Result<(u32, u32), Box<dyn Error>> {
    let rounds = parse(input)?;
    let part1 = rounds.iter().map(|&(opp, me)| me.score() + me.outcome(opp)).sum();
    let part2 = rounds
        .iter()
        .map(|&(opp, code)| {
            let me = match code {
                Shape::Rock => opp.beats(),
                Shape::Paper => opp,
                Shape::Scissors => opp.loses_to(),
            };
            me.score() + me.outcome(opp)
        })
        .sum();
    Ok((part1, part2))
}

fn main() -> Result<(), Box<dyn Error>> {
    let (p1, p2) = run(INPUT)?;
    println!("full input: part1={p1} part2={p2}");
    let (e1, e2) = run("A Y\nB X\nC Z")?;
    assert_eq!((e1, e2), (15, 12));
    println!("example: part1={e1} part2={e2}");
    for bad in ["A Y\nB", "A Y\nQ X", "C W"] {
        match run(bad) {
            Ok(r) => println!("unexpected ok {r:?}"),
            Err(e) => println!("error: {e}"),
        }
    }
    let err = parse("A Y\nB ?").unwrap_err();
    assert_eq!(err, ParseError::UnknownSymbol { line: 2, symbol: "?".into() });
    let total: u32 = [Shape::Rock, Shape::Paper, Shape::Scissors].iter().map(|s| s.score()).sum();
    println!("sum of shape scores = {total}");
    Ok(())
}
