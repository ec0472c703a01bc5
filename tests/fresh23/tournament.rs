use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Default, Clone)]
struct Record {
    won: u32,
    drawn: u32,
    lost: u32,
}

impl Record {
    fn played(&self) -> u32 { self.won + self.drawn + self.lost }
    fn points(&self) -> u32 { self.won * 3 + self.drawn }
}

#[derive(Debug, Clone, Copy)]
enum Outcome { Win, Loss, Draw }

impl std::str::FromStr for Outcome {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "win" => Ok(Outcome::Win),
            "loss" => Ok(Outcome::Loss),
            "draw" => Ok(Outcome::Draw),
            other => Err(format!("unknown outcome '{other}'")),
        }
    }
}

impl Outcome {
    fn reverse(self) -> Self {
        match self { Outcome::Win => Outcome::Loss, Outcome::Loss => Outcome::Win, Outcome::Draw => Outcome::Draw }
    }
}

struct Row<'a>(&'a str, &'a Record);

impl fmt::Display for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = self.1;
        write!(f, "{:<31}| {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", self.0, r.played(), r.won, r.drawn, r.lost, r.points())
    }
}

fn record_for<'a>(table: &mut HashMap<&'a str, Record>, team: &'a str, outcome: Outcome) {
    let rec = table.entry(team).or_default();
    match outcome {
        Outcome::Win => rec.won += 1,
        Outcome::Draw => rec.drawn += 1,
        Outcome::Loss => rec.lost += 1,
    }
}

fn parse_line(line: &str) -> Result<(&str, &str, Outcome), String> {
    let parts: Vec<&str> = line.split(';').map(str::trim).collect();
    match parts.as_slice() {
        [a, b, o] if !a.is_empty() && !b.is_empty() => Ok((a, b, o.parse()?)),
        _ => Err(format!("malformed line: {line:?}")),
    }
}

fn tally(input: &str) -> (String, Vec<String>) {
    let mut table: HashMap<&str, Record> = HashMap::new();
    let mut errors = Vec::new();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        match parse_line(line) {
            Ok((a, b, o)) => {
                record_for(&mut table, a, o);
                record_for(&mut table, b, o.reverse());
            }
            Err(e) => errors.push(e),
        }
    }
    let mut rows: Vec<(&str, Record)> = table.into_iter().collect();
    rows.sort_by_key(|(name, r)| (Reverse(r.points()), *name));
    let mut out = vec![format!("{:<31}| MP |  W |  D |  L |  P", "Team")];
    out.extend(rows.iter().map(|(n, r)| Row(n, r).to_string()));
    (out.join("\n"), errors)
}

fn main() {
    let season = "\
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
this line is garbage
Allegoric Alaskans;Devastating Donkeys;tie

Courageous Californians;Allegoric Alaskans;draw";

    let (table, errors) = tally(season);
    println!("{table}");
    println!("\n{} problem(s):", errors.len());
    for e in &errors {
        println!("  - {e}");
    }

    println!("\nTies sorted alphabetically:");
    let (t2, _) = tally("Zebras;Aardvarks;draw\nMonkeys;Lions;draw");
    println!("{t2}");

    println!("\nEmpty input:");
    let (t3, e3) = tally("");
    println!("{t3}\n(errors: {})", e3.len());
}
