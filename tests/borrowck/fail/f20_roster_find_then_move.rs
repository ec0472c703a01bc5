// Team roster: find the captain, then hand the roster to the league.
#[derive(Debug)]
struct Player {
    name: String,
    captain: bool,
}

fn register(roster: Vec<Player>) -> usize {
    roster.len()
}

fn main() {
    let roster = vec![
        Player { name: "Ana".into(), captain: false },
        Player { name: "Ben".into(), captain: true },
        Player { name: "Cy".into(), captain: false },
    ];

    let captain = roster.iter().find(|p| p.captain);

    let league_copy = roster;
    let count = register(league_copy);

    if let Some(c) = captain {
        println!("captain {} leads {} players", c.name, count);
    }
}
