use std::collections::HashMap;

#[derive(Debug)]
struct Room {
    description: String,
    exits: HashMap<String, String>,
    items: Vec<String>,
    locked: Option<(String, String)>, // (direction, key needed)
}

impl Room {
    fn new(description: &str) -> Self {
        Room { description: description.to_string(), exits: HashMap::new(), items: Vec::new(), locked: None }
    }
}

struct Game {
    rooms: HashMap<String, Room>,
    current: String,
    inventory: Vec<String>,
    moves: u32,
}

impl Game {
    fn build() -> Game {
        let mut rooms = HashMap::new();
        let mut hall = Room::new("a dusty hall");
        hall.exits.insert("north".into(), "library".into());
        hall.exits.insert("east".into(), "kitchen".into());
        let mut library = Room::new("a library full of books");
        library.exits.insert("south".into(), "hall".into());
        library.exits.insert("up".into(), "tower".into());
        library.locked = Some(("up".into(), "brass key".into()));
        library.items.push("candle".into());
        let mut kitchen = Room::new("a cold kitchen");
        kitchen.exits.insert("west".into(), "hall".into());
        kitchen.items.push("brass key".into());
        kitchen.items.push("bread".into());
        let mut tower = Room::new("the top of the tower");
        tower.exits.insert("down".into(), "library".into());
        tower.items.push("crown".into());
        rooms.insert("hall".to_string(), hall);
        rooms.insert("library".to_string(), library);
        rooms.insert("kitchen".to_string(), kitchen);
        rooms.insert("tower".to_string(), tower);
        Game { rooms, current: "hall".into(), inventory: vec![], moves: 0 }
    }

    fn look(&self) -> String {
        let room = &self.rooms[&self.current];
        let mut exits: Vec<&str> = room.exits.keys().map(|s| s.as_str()).collect();
        exits.sort();
        let items = if room.items.is_empty() { "nothing".to_string() } else { room.items.join(", ") };
        format!("You are in {}. Exits: {}. You see: {}.", room.description, exits.join("/"), items)
    }

    fn command(&mut self, line: &str) -> String {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["look"] => self.look(),
            ["go", dir] => {
                let room = self.rooms.get(&self.current).unwrap();
                if let Some((locked_dir, key)) = &room.locked
                    && locked_dir == dir
                    && !self.inventory.contains(key)
                {
                    return format!("The way {dir} is locked. You need the {key}.");
                }
                match room.exits.get(*dir) {
                    Some(next) => {
                        self.current = next.clone();
                        self.moves += 1;
                        self.look()
                    }
                    None => format!("You can't go {dir}."),
                }
            }
            ["take", rest @ ..] if !rest.is_empty() => {
                let name = rest.join(" ");
                let room = self.rooms.get_mut(&self.current).unwrap();
                if let Some(pos) = room.items.iter().position(|i| *i == name) {
                    let item = room.items.remove(pos);
                    self.inventory.push(item);
                    format!("Taken: {name}.")
                } else {
                    format!("There is no {name} here.")
                }
            }
            ["inventory"] | ["i"] => {
                if self.inventory.is_empty() {
                    "You carry nothing.".into()
                } else {
                    format!("You carry: {}.", self.inventory.join(", "))
                }
            }
            [] => "Say something.".into(),
            [verb, ..] => format!("I don't know how to '{verb}'."),
        }
    }
}

fn main() {
    let mut game = Game::build();
    let script = [
        "look", "go west", "go north", "take candle", "go up", "go south", "go east",
        "take brass key", "take spoon", "i", "dance wildly", "", "go west", "go north",
        "go up", "take crown", "inventory",
    ];
    for cmd in script {
        println!("> {cmd}");
        println!("{}", game.command(cmd));
    }
    println!("Moves: {}", game.moves);
    if game.inventory.iter().any(|i| i == "crown") {
        println!("You win!");
    }
}
