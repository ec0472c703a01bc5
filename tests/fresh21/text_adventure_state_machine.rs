use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Room { Hall, Library, Vault, Garden, Exit }

#[derive(Debug, Clone, PartialEq)]
enum Command<'a> { Go(&'a str), Take(&'a str), Use(&'a str), Look, Unknown(&'a str) }

#[derive(Debug, Default)]
struct Player { inventory: Vec<String>, moves: u32, health: i32 }

#[derive(Debug)]
enum State { Exploring(Room), Won { moves: u32 }, Dead(String) }

impl fmt::Display for Room {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = match self { Room::Hall => "the great hall", Room::Library => "a dusty library",
            Room::Vault => "a locked vault", Room::Garden => "an overgrown garden", Room::Exit => "the exit gate" };
        write!(f, "{}", name)
    }
}

fn parse(line: &str) -> Command<'_> {
    let mut parts = line.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some("go"), Some(dir)) => Command::Go(dir),
        (Some("take"), Some(item)) => Command::Take(item),
        (Some("use"), Some(item)) => Command::Use(item),
        (Some("look"), None) => Command::Look,
        _ => Command::Unknown(line),
    }
}

fn step(state: State, cmd: &Command, p: &mut Player) -> State {
    p.moves += 1;
    let room = match state { State::Exploring(r) => r, done => return done };
    let has = |p: &Player, item: &str| p.inventory.iter().any(|i| i == item);
    match (room, cmd) {
        (_, Command::Look) => { println!("  you are in {}", room); State::Exploring(room) }
        (Room::Hall, Command::Go("north")) => State::Exploring(Room::Library),
        (Room::Hall, Command::Go("east")) => State::Exploring(Room::Garden),
        (Room::Library, Command::Go("south")) | (Room::Garden, Command::Go("west")) => State::Exploring(Room::Hall),
        (Room::Library, Command::Take(item)) if *item == "key" && !has(p, "key") => {
            p.inventory.push(item.to_string());
            println!("  picked up the key");
            State::Exploring(room)
        }
        (Room::Garden, Command::Take(item)) if *item == "berries" => {
            p.health -= 40;
            println!("  the berries were poisonous! health {}", p.health);
            if p.health <= 0 { State::Dead("poison".into()) } else { State::Exploring(room) }
        }
        (Room::Garden, Command::Go("north")) if has(p, "key") => State::Exploring(Room::Vault),
        (Room::Garden, Command::Go("north")) => { println!("  the vault door is locked"); State::Exploring(room) }
        (Room::Vault, Command::Use("key")) => State::Exploring(Room::Exit),
        (Room::Exit, _) => State::Won { moves: p.moves },
        (r, Command::Unknown(s)) => { println!("  I don't understand '{}'", s); State::Exploring(r) }
        (r, c) => { println!("  nothing happens ({:?})", c); State::Exploring(r) }
    }
}

fn play(script: &[&str]) -> (State, Player) {
    let mut player = Player { health: 100, ..Default::default() };
    let mut state = State::Exploring(Room::Hall);
    for line in script {
        let cmd = parse(line);
        println!("> {}", line);
        state = step(state, &cmd, &mut player);
        match &state {
            State::Exploring(r) => println!("  [{:?}]", r),
            other => { println!("  game over: {:?}", other); break; }
        }
    }
    (state, player)
}

fn main() {
    let winning = ["look", "go east", "go north", "go west", "go north", "take key", "take key",
        "go south", "go east", "go north", "use key", "dance"];
    let (end, player) = play(&winning);
    println!("result: {:?}, inventory {:?}", end, player.inventory);
    let losing = ["go east", "take berries", "jump around", "take berries", "take berries", "look"];
    let (end2, p2) = play(&losing);
    println!("result: {:?} after {} moves", end2, p2.moves);
    println!("{:#?}", parse("take lamp"));
}
