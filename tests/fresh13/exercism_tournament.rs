use std::collections::HashMap;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Win,
    Loss,
    Draw,
}

impl FromStr for Outcome {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "win" => Ok(Outcome::Win),
            "loss" => Ok(Outcome::Loss),
            "draw" => Ok(Outcome::Draw),
            other => Err(format!("unknown outcome {other:?}")),
        }
    }
}

impl Outcome {
    fn flip(self) -> Self {
        match self {
            Outcome::Win => Outcome::Loss,
            Outcome::Loss => Outcome::Win,
            Outcome::Draw => Outcome::Draw,
        }
    }
}

#[derive(Debug, Default, Clone)]
struct Record {
    w: u32,
    d: u32,
    l: u32,
}

impl Record {
    fn played(&self) -> u32 {
        self.w + self.d + self.l
    }
    fn points(&self) -> u32 {
        self.w * 3 + self.d
    }
    fn apply(&mut self, o: Outcome) {
        match o {
            Outcome::Win => self.w += 1,
            Outcome::Loss => self.l += 1,
            Outcome::Draw => self.d += 1,
        }
    }
}

pub fn tally(match_results: &str) -> String {
    let mut table: HashMap<&str, Record> = HashMap::new();
    for line in match_results.lines().filter(|l| !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split(';').collect();
        let [home, away, result] = parts[..] else {
            continue;
        };
        let Ok(outcome) = result.parse::<Outcome>() else {
            continue;
        };
        table.entry(home).or_default().apply(outcome);
        table.entry(away).or_default().apply(outcome.flip());
    }
    let mut rows: Vec<(&str, Record)> = table.into_iter().collect();
    rows.sort_by(|(na, ra), (nb, rb)| rb.points().cmp(&ra.points()).then(na.cmp(nb)));
    let header = format!("{:<31}| MP |  W |  D |  L |  P", "Team");
    std::iter::once(header)
        .chain(rows.iter().map(|(name, r)| {
            format!("{:<31}| {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", name, r.played(), r.w, r.d, r.l, r.points())
        }))
        .collect::<Vec<_>>()
        .join("\n")
}

fn main() {
    let input = "Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win";
    println!("{}\n", tally(input));

    let messy = "Courageous Californians;Blithering Badgers;loss

this line is junk
Allegoric Alaskans;Blithering Badgers;dra
Blithering Badgers;Allegoric Alaskans;draw
Allegoric Alaskans;Blithering Badgers;draw";
    println!("{}\n", tally(messy));

    let empty = tally("");
    assert_eq!(empty, "Team                           | MP |  W |  D |  L |  P");
    println!("{empty}");
    let single = tally("A;B;win");
    assert_eq!(single.lines().nth(1).unwrap(), "A                              |  1 |  1 |  0 |  0 |  3");
    println!("{single}");
}
