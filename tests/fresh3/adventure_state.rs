use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Room { Hall, Library, Vault, Garden }

#[derive(Debug)]
enum Cmd<'a> { Go(&'a str), Take(&'a str), Use(&'a str), Look, Unknown(&'a str) }

#[derive(Debug, PartialEq)]
enum State { Exploring(Room), Won { moves: u32 }, Dead(String) }

impl fmt::Display for Room {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Room::Hall => "the great hall",
            Room::Library => "a dusty library",
            Room::Vault => "the vault",
            Room::Garden => "an overgrown garden",
        };
        f.pad(s)
    }
}

fn parse(line: &str) -> Cmd<'_> {
    let mut parts = line.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some("go"), Some(d)) => Cmd::Go(d),
        (Some("take"), Some(i)) => Cmd::Take(i),
        (Some("use"), Some(i)) => Cmd::Use(i),
        (Some("look"), None) => Cmd::Look,
        _ => Cmd::Unknown(line),
    }
}

struct Game {
    state: State,
    inventory: HashSet<&'static str>,
    moves: u32,
    visited: Vec<Room>,
}

impl Game {
    fn step(&mut self, cmd: Cmd) {
        let room = match self.state {
            State::Exploring(r) => r,
            _ => return,
        };
        self.moves += 1;
        let next = match (room, cmd) {
            (Room::Hall, Cmd::Go("north")) => State::Exploring(Room::Library),
            (Room::Hall, Cmd::Go("east")) => State::Exploring(Room::Garden),
            (Room::Library, Cmd::Take("key")) if !self.inventory.contains("key") => {
                self.inventory.insert("key");
                println!("  you pick up a rusty key");
                State::Exploring(room)
            }
            (Room::Garden, Cmd::Take("lamp")) => {
                self.inventory.insert("lamp");
                println!("  you take the lamp");
                State::Exploring(room)
            }
            (Room::Library, Cmd::Go("down")) if self.inventory.contains("lamp") => State::Exploring(Room::Vault),
            (Room::Library, Cmd::Go("down")) => State::Dead("fell down the dark stairs".to_string()),
            (Room::Vault, Cmd::Use("key")) if self.inventory.contains("key") => State::Won { moves: self.moves },
            (_, Cmd::Go("south")) if room != Room::Hall => State::Exploring(Room::Hall),
            (r, Cmd::Look) => {
                println!("  you are in {:>22}|", r);
                State::Exploring(r)
            }
            (_, Cmd::Unknown(s)) => {
                println!("  I don't understand {:?}", s);
                self.moves -= 1;
                State::Exploring(room)
            }
            (_, other) => {
                println!("  nothing happens ({:?})", other);
                State::Exploring(room)
            }
        };
        if let State::Exploring(r) = next {
            if !self.visited.contains(&r) {
                self.visited.push(r);
            }
        }
        self.state = next;
    }
}

fn main() {
    let script = "look\ngo north\ntake key\ntake key\ndance wildly\ngo south\ngo east\ntake lamp\nlook\ngo south\ngo north\ngo down\nuse key\nlook";
    let mut game = Game { state: State::Exploring(Room::Hall), inventory: HashSet::new(), moves: 0, visited: vec![Room::Hall] };
    for line in script.lines() {
        println!("> {line}");
        game.step(parse(line));
        if game.state != State::Exploring(Room::Hall) && matches!(game.state, State::Won { .. } | State::Dead(_)) {
            break;
        }
    }
    match &game.state {
        State::Won { moves } if *moves < 15 => println!("You won quickly in {moves} moves!"),
        State::Won { moves } => println!("You won in {moves} moves."),
        State::Dead(why) => println!("You died: {why}"),
        State::Exploring(r) => println!("Still exploring {r}"),
    }
    let mut inv: Vec<_> = game.inventory.iter().copied().collect();
    inv.sort();
    println!("inventory: {}", inv.join(", "));
    let mut v = game.visited.clone();
    v.sort();
    println!("visited: {:?} (max {:?})", v, v.iter().max());
    println!("{:-^30}", format!("{:<8}", "end"));
}
