// Simple battle game: borrowing the attacker and defender mutably at the same time.
#[derive(Debug)]
struct Player {
    name: String,
    hp: i32,
    attack: i32,
}

fn get_player<'a>(players: &'a mut Vec<Player>, name: &str) -> &'a mut Player {
    players.iter_mut().find(|p| p.name == name).expect("no such player")
}

fn main() {
    let mut players = vec![
        Player { name: "knight".to_string(), hp: 100, attack: 12 },
        Player { name: "orc".to_string(), hp: 80, attack: 15 },
    ];

    let attacker = get_player(&mut players, "knight");
    // Mistake: second mutable borrow of `players` while `attacker` is in use.
    let defender = get_player(&mut players, "orc");

    defender.hp -= attacker.attack;
    attacker.hp -= 1; // fatigue

    for p in &players {
        println!("{} has {} hp", p.name, p.hp);
    }
}
