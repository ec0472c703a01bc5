use std::collections::HashMap;

const GAMES: &str = "Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green";

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Draw {
    red: u32,
    green: u32,
    blue: u32,
}

#[derive(Debug)]
struct Game {
    id: u32,
    draws: Vec<Draw>,
}

fn parse_game(line: &str) -> Game {
    let (head, rest) = line.split_once(": ").unwrap();
    let id = head.trim_start_matches("Game ").parse().unwrap();
    let draws = rest
        .split("; ")
        .map(|d| {
            let mut counts: HashMap<&str, u32> = HashMap::new();
            for part in d.split(", ") {
                let (n, colour) = part.split_once(' ').unwrap();
                *counts.entry(colour).or_insert(0) += n.parse::<u32>().unwrap();
            }
            Draw {
                red: counts.get("red").copied().unwrap_or(0),
                green: *counts.get("green").unwrap_or(&0),
                blue: counts.get("blue").cloned().unwrap_or_default(),
            }
        })
        .collect();
    Game { id, draws }
}

impl Game {
    fn minimum(&self) -> Draw {
        self.draws.iter().fold(Draw::default(), |m, d| Draw {
            red: m.red.max(d.red),
            green: m.green.max(d.green),
            blue: m.blue.max(d.blue),
        })
    }
    fn possible_with(&self, limit: &Draw) -> bool {
        self.draws
            .iter()
            .all(|d| d.red <= limit.red && d.green <= limit.green && d.blue <= limit.blue)
    }
}

fn main() {
    let games: Vec<Game> = GAMES.lines().map(parse_game).collect();
    let limit = Draw { red: 12, green: 13, blue: 14 };
    let mut id_sum = 0;
    let mut power_sum = 0;
    for g in &games {
        let m = g.minimum();
        let power = m.red * m.green * m.blue;
        let ok = g.possible_with(&limit);
        println!("game {} ({} draws): min {:?} power {} possible={}", g.id, g.draws.len(), m, power, ok);
        if ok {
            id_sum += g.id;
        }
        power_sum += power;
    }
    println!("part 1: {}", id_sum);
    println!("part 2: {}", power_sum);
    println!("first draw equals default? {}", games[0].draws[0] == Draw::default());
}
