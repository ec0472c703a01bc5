use std::collections::{BTreeSet, HashMap};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Room {
    Hall,
    Library,
    Kitchen,
    Cellar,
    Garden,
}

impl fmt::Display for Room {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = match self {
            Room::Hall => "the great hall",
            Room::Library => "a dusty library",
            Room::Kitchen => "the kitchen",
            Room::Cellar => "a dark cellar",
            Room::Garden => "the garden (outside!)",
        };
        write!(f, "{}", name)
    }
}

#[derive(Debug, PartialEq)]
enum State {
    Exploring(Room),
    Won { moves: u32 },
    Dead(&'static str),
}

struct Game {
    exits: HashMap<(Room, &'static str), Room>,
    items: HashMap<Room, Vec<&'static str>>,
    inventory: BTreeSet<&'static str>,
    moves: u32,
    state: State,
}

impl Game {
    fn new() -> Self {
        let exits = HashMap::from([
            ((Room::Hall, "north"), Room::Library),
            ((Room::Hall, "east"), Room::Kitchen),
            ((Room::Library, "south"), Room::Hall),
            ((Room::Kitchen, "west"), Room::Hall),
            ((Room::Kitchen, "down"), Room::Cellar),
            ((Room::Cellar, "up"), Room::Kitchen),
            ((Room::Hall, "south"), Room::Garden),
        ]);
        let mut items = HashMap::new();
        items.insert(Room::Library, vec!["key", "book"]);
        items.insert(Room::Kitchen, vec!["lamp"]);
        items.insert(Room::Cellar, vec!["gold"]);
        Game { exits, items, inventory: BTreeSet::new(), moves: 0, state: State::Exploring(Room::Hall) }
    }

    fn step(&mut self, cmd: &str) -> String {
        let room = match self.state {
            State::Exploring(r) => r,
            _ => return "The game is over.".to_string(),
        };
        self.moves += 1;
        let words: Vec<&str> = cmd.split_whitespace().collect();
        match words[..] {
            ["go", dir] => match self.exits.get(&(room, dir)).copied() {
                Some(Room::Cellar) if !self.inventory.contains("lamp") => {
                    self.state = State::Dead("fell down the stairs in the dark");
                    "You stumble in the dark...".into()
                }
                Some(Room::Garden) if !self.inventory.contains("key") => "The door is locked.".into(),
                Some(Room::Garden) => {
                    self.state = State::Won { moves: self.moves };
                    format!("You unlock the door and step into {}.", Room::Garden)
                }
                Some(next) => {
                    self.state = State::Exploring(next);
                    format!("You are in {}.", next)
                }
                None => format!("You can't go {} from here.", dir),
            },
            ["take", item] => {
                let here = self.items.entry(room).or_default();
                if let Some(pos) = here.iter().position(|i| *i == item) {
                    let it = here.remove(pos);
                    self.inventory.insert(it);
                    format!("Taken: {}.", it)
                } else {
                    format!("There is no {} here.", item)
                }
            }
            ["look"] => {
                let here = self.items.get(&room).map(|v| v.join(", ")).unwrap_or_default();
                format!("You are in {}. You see: [{}]", room, here)
            }
            ["inventory"] | ["i"] => format!("You carry: {:?}", self.inventory),
            _ => {
                self.moves -= 1;
                format!("I don't understand '{}'.", cmd)
            }
        }
    }
}

fn play(script: &[&str]) {
    let mut g = Game::new();
    for cmd in script {
        println!("> {}\n  {}", cmd, g.step(cmd));
    }
    println!("final state: {:?} after {} moves\n", g.state, g.moves);
}

fn main() {
    play(&["look", "go south", "go north", "take key", "take sword", "look", "go south", "dance", "go east", "go down"]);
    play(&["go east", "take lamp", "go down", "take gold", "go up", "go west", "go north", "take key", "i", "go south", "go south", "look"]);
}
