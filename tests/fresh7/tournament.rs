use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Record {
    won: u32,
    drawn: u32,
    lost: u32,
}

impl Record {
    fn played(&self) -> u32 {
        self.won + self.drawn + self.lost
    }
    fn points(&self) -> u32 {
        self.won * 3 + self.drawn
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Win,
    Loss,
    Draw,
}

impl std::str::FromStr for Outcome {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "win" => Ok(Outcome::Win),
            "loss" => Ok(Outcome::Loss),
            "draw" => Ok(Outcome::Draw),
            other => Err(format!("unknown outcome {:?}", other)),
        }
    }
}

struct Row<'a>(&'a str, Record);

impl fmt::Display for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = self.1;
        write!(f, "{:<30} | {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", self.0, r.played(), r.won, r.drawn, r.lost, r.points())
    }
}

fn tally(input: &str) -> (String, Vec<String>) {
    let mut table: HashMap<&str, Record> = HashMap::new();
    let mut errors = Vec::new();
    for (lineno, line) in input.lines().enumerate() {
        let fields: Vec<&str> = line.split(';').collect();
        let [home, away, result] = fields[..] else {
            errors.push(format!("line {}: expected 3 fields, got {}", lineno + 1, fields.len()));
            continue;
        };
        let outcome = match result.parse::<Outcome>() {
            Ok(o) => o,
            Err(e) => {
                errors.push(format!("line {}: {}", lineno + 1, e));
                continue;
            }
        };
        let (h, a) = match outcome {
            Outcome::Win => (Outcome::Win, Outcome::Loss),
            Outcome::Loss => (Outcome::Loss, Outcome::Win),
            Outcome::Draw => (Outcome::Draw, Outcome::Draw),
        };
        for (team, o) in [(home, h), (away, a)] {
            let rec = table.entry(team).or_default();
            match o {
                Outcome::Win => rec.won += 1,
                Outcome::Loss => rec.lost += 1,
                Outcome::Draw => rec.drawn += 1,
            }
        }
    }
    let mut rows: Vec<(&str, Record)> = table.into_iter().collect();
    rows.sort_by(|a, b| b.1.points().cmp(&a.1.points()).then_with(|| a.0.cmp(b.0)));
    let mut out = format!("{:<30} | MP |  W |  D |  L |  P", "Team");
    for (name, rec) in rows {
        out.push('\n');
        out += &Row(name, rec).to_string();
    }
    (out, errors)
}

fn main() {
    let input = "Allegoric Alaskans;Blithering Badgers;win\n\
Devastating Donkeys;Courageous Californians;draw\n\
Devastating Donkeys;Allegoric Alaskans;win\n\
Courageous Californians;Blithering Badgers;loss\n\
Blithering Badgers;Devastating Donkeys;loss\n\
Allegoric Alaskans;Courageous Californians;win\n\
this line is garbage\n\
Allegoric Alaskans;Blithering Badgers;dra\n\
Courageous Californians;Devastating Donkeys;draw";
    let (table, errors) = tally(input);
    println!("{}", table);
    println!("{} problems:", errors.len());
    for e in &errors {
        println!("  - {}", e);
    }

    let (empty, _) = tally("");
    println!("empty table:\n{}", empty);

    let (tie, _) = tally("Zebras;Ants;draw\nBees;Yaks;draw");
    println!("{}", tie);

    let outcomes: Vec<Result<Outcome, String>> = ["win", "WIN", "draw"].iter().map(|s| s.parse()).collect();
    println!("{:?}", outcomes);
    let r = Record { won: 2, drawn: 1, lost: 3 };
    println!("{:?} played={} points={}", r, r.played(), r.points());
    println!("[{}]", Row("Short", Record::default()));
}
