// Tournament: announce the winner after archiving the results.
struct Player {
    name: String,
    points: u32,
}

fn archive(players: Vec<Player>) -> usize {
    let n = players.len();
    println!("archived {} players", n);
    n
}

fn main() {
    let players = vec![
        Player { name: "Rin".into(), points: 14 },
        Player { name: "Sol".into(), points: 21 },
        Player { name: "Tao".into(), points: 17 },
    ];

    let winner = players.iter().max_by_key(|p| p.points).unwrap();
    let count = archive(players);

    println!("{} won among {} players with {} points", winner.name, count, winner.points);
}
