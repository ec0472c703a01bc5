use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Standing {
    team: String,
    played: u32,
    won: u32,
    drawn: u32,
    lost: u32,
    gf: u32,
    ga: u32,
}

impl Standing {
    fn points(&self) -> u32 { self.won * 3 + self.drawn }
    fn diff(&self) -> i32 { self.gf as i32 - self.ga as i32 }
    fn record(&mut self, scored: u32, conceded: u32) {
        self.played += 1;
        self.gf += scored;
        self.ga += conceded;
        match scored.cmp(&conceded) {
            Ordering::Greater => self.won += 1,
            Ordering::Equal => self.drawn += 1,
            Ordering::Less => self.lost += 1,
        }
    }
}

impl Ord for Standing {
    fn cmp(&self, o: &Self) -> Ordering {
        o.points()
            .cmp(&self.points())
            .then(o.diff().cmp(&self.diff()))
            .then_with(|| o.gf.cmp(&self.gf))
            .then_with(|| self.team.cmp(&o.team))
    }
}
impl PartialOrd for Standing {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<10}{:>3}{:>3}{:>3}{:>3}{:>4}:{:<3}{:>+4}{:>4}",
            self.team, self.played, self.won, self.drawn, self.lost, self.gf, self.ga, self.diff(), self.points())
    }
}

#[derive(Debug)]
enum MatchError {
    Shape(String),
    Score(String),
    SameTeam(String),
}

impl fmt::Display for MatchError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            MatchError::Shape(l) => write!(f, "cannot read {:?}", l),
            MatchError::Score(s) => write!(f, "bad score {:?}", s),
            MatchError::SameTeam(t) => write!(f, "{} cannot play itself", t),
        }
    }
}

fn parse_match(line: &str) -> Result<(&str, u32, u32, &str), MatchError> {
    let toks: Vec<&str> = line.split_whitespace().collect();
    let [home, score, away] = toks[..] else {
        return Err(MatchError::Shape(line.to_string()));
    };
    let (h, a) = score.split_once('-').ok_or_else(|| MatchError::Score(score.to_string()))?;
    let parse = |s: &str| s.parse::<u32>().map_err(|_| MatchError::Score(score.to_string()));
    let (h, a) = (parse(h)?, parse(a)?);
    if home == away {
        return Err(MatchError::SameTeam(home.to_string()));
    }
    Ok((home, h, a, away))
}

fn main() {
    let results = "Lions 3-1 Tigers
Bears 0-0 Wolves
Tigers 2-2 Bears
Wolves 1-4 Lions
Lions 1-1 Bears
Tigers 3-0 Wolves
Eagles 2-x Lions
Bears 2-1 Eagles
Wolves Tigers
Eagles 1-1 Eagles
Eagles 0-2 Tigers
Wolves 5-1 Eagles
Lions 0-1 Eagles";
    let mut table: HashMap<String, Standing> = HashMap::new();
    let mut errors = Vec::new();
    for (i, line) in results.lines().enumerate() {
        match parse_match(line) {
            Ok((h, hs, as_, a)) => {
                for (team, s, c) in [(h, hs, as_), (a, as_, hs)] {
                    table
                        .entry(team.to_string())
                        .or_insert_with(|| Standing { team: team.to_string(), ..Default::default() })
                        .record(s, c);
                }
            }
            Err(e) => errors.push(format!("line {}: {}", i + 1, e)),
        }
    }
    let mut rows: Vec<Standing> = table.values().cloned().collect();
    rows.sort();
    println!("{:<4}{:<10}{:>3}{:>3}{:>3}{:>3}{:>8}{:>4}{:>4}", "#", "Team", "P", "W", "D", "L", "Goals", "GD", "Pts");
    for (i, r) in rows.iter().enumerate() {
        println!("{:<4}{}", i + 1, r);
    }
    let mut by_attack = rows.clone();
    by_attack.sort_unstable_by(|a, b| b.gf.cmp(&a.gf).then_with(|| a.ga.cmp(&b.ga)).then_with(|| a.team.cmp(&b.team)));
    println!("attack order: {:?}", by_attack.iter().map(|s| s.team.as_str()).collect::<Vec<_>>());
    let set: BTreeSet<Standing> = rows.iter().cloned().collect();
    println!("set first={} last={}", set.first().unwrap().team, set.last().unwrap().team);
    let unbeaten: Vec<&str> = rows.iter().filter(|s| s.lost == 0).map(|s| s.team.as_str()).collect();
    println!("unbeaten: {:?}", unbeaten);
    println!("lions vs bears: {:?}", table["Lions"].cmp(&table["Bears"]));
    println!("max by points then name: {:?}", rows.iter().max_by(|a, b| a.points().cmp(&b.points()).then_with(|| b.team.cmp(&a.team))).map(|s| &s.team));
    for e in &errors {
        println!("skipped {}", e);
    }
}
